// The first minute of a user: a new workspace, a Shopify orders export imported through the
// window's import path (progress to 100%, then the report), a click on Overview, and tiles that
// show exactly what the model computes.
#include "charts/cohort_heatmap.h"
#include "charts/segment_bar_chart.h"
#include "charts/trend_chart.h"
#include "gui_test_setup.h"
#include "import/import_controller.h"
#include "import/import_issue_model.h"
#include "import/import_job.h"
#include "import/import_report_dialog.h"
#include "import/import_wizard.h"
#include "import/import_wizard_file_model.h"
#include "pages/overview_page.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/pvi_registry.h"
#include "pvi/reports/cohort_report.h"
#include "shell/main_window.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"
#include "widgets/pvi_tile.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

/// The tile text the spec asks for: currency with its symbol and 2 decimals, percent with 1, counts
/// whole, thousands separators; other units with 2 decimals and their label.
QString expectedValueText(double value, const QString& id, const QString& unit) {
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    if (unit == u"currency"_s) // the fixture's orders are in USD: the dollar sign before the amount
        return (value <= -0.005 ? u"−$"_s : u"$"_s) + en.toString(std::abs(value), 'f', 2);
    if (unit == u"percent"_s)
        return en.toString(value, 'f', 1) + u'%';
    if (id == u"churn_risk"_s) // a probability, shown in percent
        return en.toString(value * 100.0, 'f', 1) + u'%';
    if (unit == u"count"_s)
        return en.toString(static_cast<qlonglong>(std::llround(value)));
    if (unit == u"orders_per_year"_s)
        return en.toString(value, 'f', 2) + u" orders/year"_s;
    if (unit == u"years"_s || unit == u"months"_s || unit == u"seconds"_s)
        return en.toString(value, 'f', 2) + u' ' + unit;
    return en.toString(value, 'f', 2);
}

QString expectedLiftText(double lift, std::optional<double> p) {
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QString text = (lift > 0 ? u"+"_s : u"−"_s) + en.toString(std::abs(lift), 'f', 1) + u'%';
    if (std::abs(lift) < 0.05)
        text = u"0.0%"_s;
    return p && *p < 0.05 ? text + u" ★"_s : text;
}

} // namespace

class TestMainWindowImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { pvi::test::isolateGuiTestSettings(); }
    void importThenOverviewShowsTheModelsNumbers();
    void droppingCsvFilesImportsThem();
};

void TestMainWindowImport::importThenOverviewShowsTheModelsNumbers() {
    pvi::test::TempDir dir;
    const QString path = dir.path(u"shop.pvi"_s);
    {
        auto created = pvi::Workspace::open(path, pvi::Workspace::Mode::CreateOrOpen);
        QVERIFY2(created.workspace, qPrintable(created.error));
        QString error;
        QVERIFY2(pvi::PersonalizationRules::add(*created.workspace, u"order-tag"_s,
                                                u"personalized"_s, &error),
                 qPrintable(error));
    }
    pvi::MainWindow window;
    QVERIFY(window.openWorkspace(path));
    QCOMPARE(window.windowTitle(), u"shop — PVI Studio"_s);
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Import through the window: the progress dialog's bar must reach 100%.
    int barAtFinish = -1;
    connect(&window, &pvi::MainWindow::importFinished, this, [&] {
        if (auto* bar = window.findChild<QProgressBar*>(u"importProgressBar"_s))
            barAtFinish = bar->value();
    });
    QSignalSpy progress(window.importController(), &pvi::ImportController::progressChanged);
    QSignalSpy finished(&window, &pvi::MainWindow::importFinished);
    const QString fixture = QStringLiteral(PVI_FIXTURES_DIR) + u"/ui/orders_export.csv"_s;
    window.importFiles({fixture});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(barAtFinish, pvi::kImportProgressMax);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), pvi::kImportProgressMax);

    // The report: one file, 74 rows (48 orders, 14 distinct customers by lower-cased email).
    const auto reports = finished.first().at(0).value<QList<pvi::ImportReport>>();
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(reports.size(), 1);
    QVERIFY2(reports.first().ok, qPrintable(reports.first().error));
    QCOMPARE(reports.first().rowsRead, 74);
    QCOMPARE(reports.first().recordsAdded, 48);
    QCOMPARE(reports.first().customersAdded, 14);
    auto* reportDialog = window.findChild<pvi::ImportReportDialog*>();
    QVERIFY(reportDialog);
    QVERIFY(reportDialog->summaryText().contains(u"orders_export.csv"_s));
    QAbstractItemModelTester tester(reportDialog->issueModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    reportDialog->close();

    // Click through the navigation to the Overview and wait for its data.
    auto* overview = qobject_cast<pvi::OverviewPage*>(window.page(u"overview"_s));
    QVERIFY(overview);
    QListWidget* nav = window.navigation();
    QListWidgetItem* item = nav->item(0);
    QCOMPARE(item->text(), u"Overview"_s);
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(item).center());
    QCOMPARE(window.currentPage(), overview);
    QTRY_VERIFY_WITH_TIMEOUT(!overview->isBusy() && !overview->data().empty, 30000);

    // The same numbers as the model, for the default filter (the last 90 days of data).
    auto ws = pvi::Workspace::open(path, pvi::Workspace::Mode::OpenExisting);
    QVERIFY(ws.workspace);
    const pvi::MetricsQuery query = pvi::defaultMetricsQuery(*ws.workspace);
    QCOMPARE(overview->data().period.from, query.period.from);
    QCOMPARE(overview->data().period.to, query.period.to);
    const std::vector<pvi::PviResult> expected = pvi::computeMetrics(*ws.workspace, query);
    QHash<QString, const pvi::PviTile*> tileById;
    const QList<pvi::PviTile*> tiles = overview->tiles();
    for (const pvi::PviTile* tile : tiles)
        tileById.insert(tile->data().id, tile);
    QCOMPARE(tileById.size(), qsizetype(expected.size()));
    int liftsChecked = 0;
    for (const pvi::PviResult& result : expected) {
        const pvi::PviTile* tile = tileById.value(result.id);
        QVERIFY2(tile, qPrintable(result.id));
        const pvi::PviDefinition* def = pvi::PviRegistry::find(result.id);
        QVERIFY(def);
        if (!result.available || !result.value) {
            QCOMPARE(tile->valueText(), u"—"_s);
            QCOMPARE(tile->changeText(), u"Not available — "_s + result.reason);
            continue;
        }
        QCOMPARE(tile->valueText(),
                 expectedValueText(*result.value, result.id, pvi::pviUnitName(def->unit)));
        QVERIFY2(tile->toolTip().contains(def->formula.toHtmlEscaped()), qPrintable(result.id));
        if (result.liftPercent) {
            QCOMPARE(tile->liftText(), expectedLiftText(*result.liftPercent, result.pValue));
            ++liftsChecked;
        }
    }
    QVERIFY(liftsChecked > 0);

    // The charts have data: months, the eleven RFM segments, cohorts.
    QVERIFY(overview->trendChart()->pointCount() > 0);
    QCOMPARE(overview->segmentChart()->segmentCount(), 11);
    const pvi::CohortMatrix cohorts = pvi::computeCohorts(*ws.workspace, query.period.to);
    QVERIFY(!cohorts.all.empty());
    QCOMPARE(overview->cohortHeatmap()->data().cohorts.size(), qsizetype(cohorts.all.size()));
    QVERIFY(overview->cohortHeatmap()->visibleCohorts() > 0);

    // The filter bar shows the Overview's resolved period; on a page that uses all the data
    // (Attribution) it gives way to a note saying so, and comes back with the same dates.
    auto* filterFrom = window.findChild<QDateEdit*>(u"filterFrom"_s);
    auto* filterTo = window.findChild<QDateEdit*>(u"filterTo"_s);
    auto* scopeNote = window.findChild<QLabel*>(u"filterScopeNote"_s);
    QVERIFY(filterFrom && filterTo && scopeNote);
    QCOMPARE(filterFrom->date(), query.period.from);
    QCOMPARE(filterTo->date(), query.period.to);
    QVERIFY(filterFrom->isVisible() && !scopeNote->isVisible());
    QVERIFY(window.showPage(u"attribution"_s));
    QVERIFY(!filterFrom->isVisible() && scopeNote->isVisible());
    QVERIFY(window.showPage(u"overview"_s));
    QVERIFY(filterFrom->isVisible() && !scopeNote->isVisible());
    QCOMPARE(filterFrom->date(), query.period.from);
}

void TestMainWindowImport::droppingCsvFilesImportsThem() {
    pvi::test::TempDir dir;
    const QString path = dir.path(u"dropped.pvi"_s);
    QVERIFY(pvi::Workspace::open(path, pvi::Workspace::Mode::CreateOrOpen).workspace);
    pvi::MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &pvi::MainWindow::importFinished);

    const QString fixture = QStringLiteral(PVI_FIXTURES_DIR) + u"/ui/orders_export.csv"_s;
    QMimeData mime;
    // Only the CSV is imported; the other file is ignored.
    mime.setUrls({QUrl::fromLocalFile(fixture), QUrl::fromLocalFile(path)});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    // The drop opens the import wizard with the CSV file; its Import button imports it.
    pvi::ImportWizard* wizard = window.importWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->fileModel()->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->fileModel()->allScanned(), 10000);
    wizard->next();
    wizard->next();
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto reports = finished.first().at(0).value<QList<pvi::ImportReport>>();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().file, fixture);
    QVERIFY(reports.first().ok);
}

PVI_TEST_CLASS(TestMainWindowImport)
#include "test_main_window_import.moc"
