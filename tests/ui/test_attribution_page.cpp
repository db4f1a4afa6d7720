// The Attribution page on the demo workspace, opened through the main window's navigation: the
// channels in the charts and the credit of every model are exactly the model's
// (runAttribution over loadAttributionJourneys), and the range bars span each channel's
// smallest and largest credit across models.
#include "analytics/attribution/attribution_engine.h"
#include "charts/bar_chart.h"
#include "charts/interval_chart.h"
#include "gui_test_setup.h"
#include "importers/import_runner.h"
#include "page_test_workspace.h"
#include "pages/attribution_credit_model.h"
#include "pages/attribution_page.h"
#include "pvi/reports/attribution_journeys.h"
#include "shell/main_window.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestAttributionPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { pvi::test::isolateGuiTestSettings(); }
    void showsEveryModelsCreditPerChannel();
    void sourceSelectorSwitchesToOrders();
};

void TestAttributionPage::showsEveryModelsCreditPerChannel() {
    pvi::test::TempDir dir;
    const QString path = dir.path(u"shop.pvi"_s);
    const QString error = pvi::test::buildDemoWorkspace(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    pvi::MainWindow window;
    window.resize(1440, 900);
    window.show();
    QString openError;
    QVERIFY2(window.openWorkspace(path, &openError), qPrintable(openError));
    auto* page = qobject_cast<pvi::AttributionPage*>(window.page(u"attribution"_s));
    QVERIFY(page != nullptr);
    QSignalSpy loaded(page, &pvi::Page::loaded);
    QVERIFY(window.showPage(u"attribution"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
    QVERIFY2(page->data().error.isEmpty(), qPrintable(page->data().error));

    auto opened = pvi::Workspace::open(path, pvi::Workspace::Mode::OpenExisting);
    QVERIFY(opened.workspace);
    const pvi::JourneyLoadResult journeys = pvi::loadAttributionJourneys(*opened.workspace);
    QVERIFY2(journeys.ok(), qPrintable(journeys.error));
    const pvi::AttributionReport expected = pvi::runAttribution(journeys.journeys);
    QVERIFY(!expected.channels.empty());

    QStringList channels;
    for (const QString& c : expected.channels)
        channels.append(c);
    QCOMPARE(page->creditChart()->categories(), channels);
    QCOMPARE(page->creditChart()->sets().size(), qsizetype(expected.models.size()));
    QCOMPARE(page->rangeChart()->labels(), channels);
    QCOMPARE(page->removalChart()->categories(), channels);

    QAbstractItemModelTester tester(page->creditModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* model = page->creditModel();
    QCOMPARE(model->rowCount(), int(channels.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        double low = 1e300;
        double high = -1e300;
        for (int m = 0; m < int(expected.models.size()); ++m) {
            const auto& credits = expected.models[std::size_t(m)].overall.conversions;
            const auto it = credits.find(channels[row]);
            const double credit = it == credits.end() ? 0.0 : it->second;
            low = std::min(low, credit);
            high = std::max(high, credit);
            QCOMPARE(model
                         ->data(model->index(row, pvi::AttributionCreditModel::FirstModel + m),
                                pvi::AttributionCreditModel::RawValueRole)
                         .toDouble(),
                     credit);
            QCOMPARE(page->creditChart()->sets()[m].values[row], credit);
        }
        QCOMPARE(page->rangeChart()->points()[row].low, low);
        QCOMPARE(page->rangeChart()->points()[row].high, high);
    }
}

void TestAttributionPage::sourceSelectorSwitchesToOrders() {
    // The demo shop with a GA4 conversion paths download imported: the page starts on the paths
    // (automatic source) and the selector switches to the orders' visits and email clicks.
    pvi::test::TempDir dir;
    const QString path = dir.path(u"shop.pvi"_s);
    QString error = pvi::test::buildDemoWorkspace(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        auto opened = pvi::Workspace::open(path, pvi::Workspace::Mode::OpenExisting);
        QVERIFY(opened.workspace);
        const pvi::ImportReport report = pvi::importFile(
            *opened.workspace, QStringLiteral(PVI_FIXTURES_DIR "/web/ga4_conversion_paths.csv"));
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    pvi::MainWindow window;
    window.resize(1440, 900);
    window.show();
    QVERIFY2(window.openWorkspace(path, &error), qPrintable(error));
    auto* page = qobject_cast<pvi::AttributionPage*>(window.page(u"attribution"_s));
    QVERIFY(page != nullptr);
    QSignalSpy loaded(page, &pvi::Page::loaded);
    QVERIFY(window.showPage(u"attribution"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
    QVERIFY2(page->data().notes.join(u' ').contains(u"GA4 conversion paths"_s),
             qPrintable(page->data().notes.join(u' ')));
    QCOMPARE(page->data().report.conversions, 302.0);

    loaded.clear();
    QComboBox* source = page->sourceSelector();
    source->setCurrentIndex(source->findData(int(pvi::AttributionSource::Orders)));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
    QVERIFY2(page->data().error.isEmpty(), qPrintable(page->data().error));
    QVERIFY(!page->data().notes.join(u' ').contains(u"GA4"_s));
    QVERIFY(page->data().report.conversions != 302.0);
}

PVI_TEST_CLASS(TestAttributionPage)
#include "test_attribution_page.moc"
