// One palette with fixed meanings: on every page built on the full demo shop, a series or bar
// set named after an audience (personalized, generic, control, all customers) is drawn in that
// audience's colour of the palette's table, and no other series borrows those colours.
#include "charts/chart_palette.h"
#include "full_demo_workspace.h"
#include "gui_test_setup.h"
#include "pages/page.h"
#include "pages/page_catalog.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QXYSeries>

#include <map>
#include <optional>

using namespace Qt::StringLiterals;
using pvi::palette::Audience;

namespace {

/// The audience a legend or row label names, if any.
std::optional<Audience> audienceNamed(const QString& name) {
    if (name.contains(u"(control)"_s, Qt::CaseInsensitive))
        return Audience::Control;
    if (name.contains(QRegularExpression(u"\\bpersonali[sz]ed\\b"_s,
                                         QRegularExpression::CaseInsensitiveOption)))
        return Audience::Personalized;
    if (name.contains(
            QRegularExpression(u"\\bgeneric\\b"_s, QRegularExpression::CaseInsensitiveOption)))
        return Audience::Generic;
    if (name.startsWith(u"All customers"_s, Qt::CaseInsensitive))
        return Audience::AllCustomers;
    return std::nullopt;
}

QString audienceTitle(Audience who) {
    switch (who) {
    case Audience::Personalized:
        return u"personalized"_s;
    case Audience::Generic:
        return u"generic"_s;
    case Audience::Control:
        return u"control"_s;
    case Audience::AllCustomers:
        break;
    }
    return u"all customers"_s;
}

/// Every named series and bar set of the page's charts with its colour.
QList<std::pair<QString, QColor>> drawnSeries(const QWidget& page) {
    QList<std::pair<QString, QColor>> drawn;
    for (const QChartView* view : page.findChildren<QChartView*>()) {
        for (QAbstractSeries* series : view->chart()->series()) {
            if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
                for (QBarSet* set : bars->barSets())
                    drawn.append({set->label(), set->color()});
            } else if (auto* xy = qobject_cast<QXYSeries*>(series); xy && !xy->name().isEmpty()) {
                drawn.append({xy->name(), xy->color()});
            }
        }
    }
    return drawn;
}

} // namespace

class TestChartPalette : public QObject {
    Q_OBJECT

private:
    pvi::test::TempDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase() {
        pvi::test::isolateGuiTestSettings();
        m_path = m_dir.path(u"demo.pvi"_s);
        const QString error = pvi::test::buildFullDemoWorkspace(m_path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Four distinct colours; the cycle for other series never uses personalized, generic or
    // control's colour.
    void theTableHasFourDistinctColours() {
        const QList<Audience> all = {Audience::AllCustomers, Audience::Personalized,
                                     Audience::Generic, Audience::Control};
        for (int i = 0; i < all.size(); ++i)
            for (int j = i + 1; j < all.size(); ++j)
                QVERIFY2(pvi::palette::audience(all[i]) != pvi::palette::audience(all[j]),
                         qPrintable(u"%1 and %2 share a colour"_s.arg(audienceTitle(all[i]),
                                                                      audienceTitle(all[j]))));
        for (int i = 0; i < 12; ++i)
            for (const Audience who :
                 {Audience::Personalized, Audience::Generic, Audience::Control})
                QVERIFY2(pvi::palette::series(i) != pvi::palette::audience(who),
                         qPrintable(u"series colour %1 is %2's"_s.arg(i).arg(audienceTitle(who))));
    }

    void everyPageDrawsEachAudienceInItsColour() {
        std::map<QString, int> personalizedPerPage;
        QStringList wrong;
        int checked = 0;
        for (const pvi::PageEntry& entry : pvi::pageCatalog()) {
            std::unique_ptr<pvi::Page> page(entry.factory(entry.id, entry.title, nullptr));
            page->resize(1400, 900);
            page->setWorkspacePath(m_path);
            QSignalSpy loaded(page.get(), &pvi::Page::loaded);
            page->show();
            page->refresh();
            QTRY_VERIFY2_WITH_TIMEOUT(!loaded.isEmpty() && !page->isBusy(),
                                      qPrintable(entry.id + u" did not load"_s), 60000);
            for (const auto& [name, colour] : drawnSeries(*page)) {
                const std::optional<Audience> who = audienceNamed(name);
                if (!who) {
                    for (const Audience other :
                         {Audience::Personalized, Audience::Generic, Audience::Control})
                        if (colour.rgb() == pvi::palette::audience(other).rgb())
                            wrong << u"%1: \"%2\" is not %3 but is drawn in its colour"_s.arg(
                                entry.id, name, audienceTitle(other));
                    continue;
                }
                ++checked;
                if (*who == Audience::Personalized)
                    ++personalizedPerPage[entry.id];
                const QColor expected = pvi::palette::audience(*who);
                // The hue is the meaning; a faded (translucent) mark is still that audience.
                if (colour.rgb() != expected.rgb())
                    wrong << u"%1: \"%2\" drawn in %3, expected %4's %5"_s.arg(
                        entry.id, name, colour.name(), audienceTitle(*who), expected.name());
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"\n"_s)));
        // The pages that compare personalized with generic customers on the demo shop really
        // drew a personalized series, so the check above was not vacuous.
        for (const QString& id : {u"segments"_s, u"cohorts"_s, u"experiments"_s, u"email"_s,
                                  u"experience"_s, u"lifetime-value"_s, u"attribution"_s})
            QVERIFY2(personalizedPerPage[id] > 0,
                     qPrintable(id + u" drew no series named personalized"_s));
        QVERIFY2(checked >= 10, qPrintable(u"only %1 audience series checked"_s.arg(checked)));
    }
};

PVI_TEST_CLASS(TestChartPalette)
#include "test_chart_palette.moc"
