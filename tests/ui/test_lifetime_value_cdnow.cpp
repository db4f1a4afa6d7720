// The Lifetime value page on the CDNOW sample (../shared/datasets/cdnow): with the filter's
// period ending on 30 Sep 1997, the end of the paper's 39-week calibration period, the page fits
// the models as of that day and its parameter table shows the parameters Fader, Hardie & Lee
// published (BG/NBD 2005, Table 1 / "RFM and CLV" 2005): r = 0.243, α = 4.414, a = 0.793,
// b = 2.426; p = 6.25, q = 3.74, γ = 15.44, each to the published number of digits.
#include "clv_test_data.h"
#include "gui_test_setup.h"
#include "pages/clv_parameter_model.h"
#include "pages/lifetime_value_page.h"
#include "shell/main_window.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHash>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

/// value rounded to `digits` significant digits.
double roundSignificant(double value, int digits) {
    const double scale = std::pow(10.0, digits - 1 - std::floor(std::log10(std::abs(value))));
    return std::round(value * scale) / scale;
}

} // namespace

class TestLifetimeValueCdnow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { pvi::test::isolateGuiTestSettings(); }
    void calibrationPeriodGivesThePublishedParameters();
};

void TestLifetimeValueCdnow::calibrationPeriodGivesThePublishedParameters() {
    pvi::test::TempDir dir;
    const QString path = dir.path(u"cdnow.pvi"_s);
    {
        auto opened = pvi::Workspace::open(path, pvi::Workspace::Mode::CreateOrOpen);
        QVERIFY2(opened.workspace, qPrintable(opened.error));
        const auto purchases = pvi::test::readCdnowTransactions(
            QStringLiteral(PVI_SHARED_DATASETS_DIR "/cdnow/CDNOW_sample.txt"));
        QCOMPARE(purchases.size(), std::size_t{6919});
        pvi::test::insertOrders(opened.workspace->db(), purchases);
    }
    pvi::MainWindow window;
    window.resize(1440, 900);
    window.show();
    QString error;
    QVERIFY2(window.openWorkspace(path, &error), qPrintable(error));
    auto* page = qobject_cast<pvi::LifetimeValuePage*>(window.page(u"lifetime-value"_s));
    QVERIFY(page);
    QSignalSpy loaded(page, &pvi::Page::loaded);
    QVERIFY(window.showPage(u"lifetime-value"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 120000);
    // By default the page is as of the last purchase, 30 June 1998.
    QCOMPARE(page->data().clv.asOf, QDate(1998, 6, 30));

    // The user picks a custom period ending with the calibration period.
    auto* preset = window.findChild<QComboBox*>(u"filterPreset"_s);
    auto* from = window.findChild<QDateEdit*>(u"filterFrom"_s);
    auto* to = window.findChild<QDateEdit*>(u"filterTo"_s);
    QVERIFY(preset && from && to);
    loaded.clear();
    preset->setCurrentIndex(preset->count() - 1); // "Custom…"
    from->setDate(QDate(1997, 1, 1));
    to->setDate(QDate(1997, 9, 30));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !page->isBusy() &&
                                 page->data().clv.asOf == QDate(1997, 9, 30),
                             120000);
    QVERIFY2(page->data().error.isEmpty(), qPrintable(page->data().error));

    QHash<QString, double> shown;
    const QAbstractItemModel* model = page->parameterModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, pvi::ClvParameterModel::Parameter).data().toString();
        shown.insert(name, model->index(row, pvi::ClvParameterModel::Value)
                               .data(pvi::ClvParameterModel::RawValueRole)
                               .toDouble());
    }
    const struct {
        const char* name;
        double published;
        int digits;
    } expected[] = {{"r", 0.243, 3}, {"α", 4.414, 4}, {"a", 0.793, 3}, {"b", 2.426, 4},
                    {"p", 6.25, 3},  {"q", 3.74, 3},  {"γ", 15.44, 4}};
    for (const auto& e : expected) {
        const QString name = QString::fromUtf8(e.name);
        QVERIFY2(shown.contains(name), qPrintable(u"no row for "_s + name));
        const double rounded = roundSignificant(shown.value(name), e.digits);
        QVERIFY2(std::abs(rounded - e.published) < 1e-9,
                 qPrintable(u"%1: shown %2, published %3"_s.arg(name)
                                .arg(shown.value(name), 0, 'g', 10)
                                .arg(e.published)));
    }
}

PVI_TEST_CLASS(TestLifetimeValueCdnow)
#include "test_lifetime_value_cdnow.moc"
