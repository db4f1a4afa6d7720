// The Segments page opened through the main window's navigation. On the demo shop it shows what
// the model's segment report computes for the filter's default period (the last 90 days up to
// the last valid order): every table cell, both charts and the summary. On the six-customer
// shop worked by hand in tests/pvi/test_segment_report.cpp, for April–June 2025, it shows the
// hand-worked numbers (Champions 2 → 1 customers, −50%, retention 50% = 1 of the 2 Champions of
// 31 Mar still active on 30 Jun; Potential loyalist AOV $60.00 from F's two orders of 60).
#include "analytics/rfm/rfm_segment_map.h"
#include "charts/bar_chart.h"
#include "gui_test_setup.h"
#include "page_test_workspace.h"
#include "pages/segment_summary.h"
#include "pages/segment_table_model.h"
#include "pages/segments_page.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/reports/segment_report.h"
#include "pvi/segments/segment_rules_store.h"
#include "segments_test_shop.h"
#include "shell/main_window.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using Column = pvi::SegmentTableModel::Column;

namespace {

QVariant raw(const pvi::SegmentTableModel* model, int row, int column) {
    return model->data(model->index(row, column), pvi::SegmentTableModel::RawValueRole);
}

QString text(const pvi::SegmentTableModel* model, int row, int column) {
    return model->data(model->index(row, column)).toString();
}

/// The raw value a cell must hold for a model value: the number, or nothing.
QVariant expected(const std::optional<double>& value) {
    return value ? QVariant(*value) : QVariant();
}

/// Opens `path` in `window`, shows the Segments page and waits for its first load.
pvi::SegmentsPage* openSegments(pvi::MainWindow& window, const QString& path) {
    window.resize(1440, 900);
    window.show();
    QString error;
    if (!window.openWorkspace(path, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    auto* page = qobject_cast<pvi::SegmentsPage*>(window.page(u"segments"_s));
    if (!page)
        return nullptr;
    QSignalSpy loaded(page, &pvi::Page::loaded);
    window.showPage(u"segments"_s);
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() && !page->isBusy(); }, 120000))
        return nullptr;
    return page;
}

} // namespace

class TestSegmentsPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { pvi::test::isolateGuiTestSettings(); }
    void showsTheModelsReportOnTheDemoShop();
    void showsTheHandWorkedShop();
    void withoutRulesShowsAllCustomersOnly();
    void switchesTheDimension();
};

void TestSegmentsPage::showsTheModelsReportOnTheDemoShop() {
    pvi::test::TempDir dir;
    const QString path = dir.path(u"shop.pvi"_s);
    const QString error = pvi::test::buildDemoWorkspace(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    pvi::MainWindow window;
    pvi::SegmentsPage* page = openSegments(window, path);
    QVERIFY(page);
    QVERIFY2(page->data().error.isEmpty(), qPrintable(page->data().error));
    QVERIFY(page->messageLabel()->isHidden());

    // The same report straight from the model, for the filter's default period.
    auto opened = pvi::Workspace::open(path, pvi::Workspace::Mode::OpenExisting);
    QVERIFY(opened.workspace);
    const pvi::MetricsQuery defaults = pvi::defaultMetricsQuery(*opened.workspace);
    const pvi::Period period = page->filter().period(defaults.period.to);
    QCOMPARE(page->data().period.to, defaults.period.to);
    QCOMPARE(page->data().period.from, period.from);
    QCOMPARE(page->resolvedPeriod()->from, period.from);
    const pvi::SegmentReport report = pvi::computeSegmentReport(*opened.workspace, period);
    QVERIFY2(report.available, qPrintable(report.reason));
    QVERIFY2(report.splitReason.isEmpty(), qPrintable(report.splitReason)); // the demo has rules

    auto* model = page->segmentModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 11);
    QCOMPARE(model->columnCount(), int(pvi::SegmentTableModel::ColumnCount));
    for (int r = 0; r < 11; ++r) {
        const pvi::SegmentReportRow& row = report.rows[std::size_t(r)];
        QCOMPARE(text(model, r, Column::Segment), row.name);
        QCOMPARE(raw(model, r, Column::Customers).toLongLong(), row.members.n);
        QCOMPARE(raw(model, r, Column::CustomersPersonalized).toLongLong(),
                 row.members.personalized.n);
        QCOMPARE(raw(model, r, Column::CustomersGeneric).toLongLong(), row.members.control.n);
        QCOMPARE(raw(model, r, Column::Share), expected(row.members.value));
        QCOMPARE(raw(model, r, Column::CustomersAtStart).toLongLong(), row.membersAtStart);
        QCOMPARE(raw(model, r, Column::Growth), expected(row.growthPercent));
        QCOMPARE(raw(model, r, Column::Retention), expected(row.retention.value));
        QCOMPARE(raw(model, r, Column::RetentionPersonalized),
                 expected(row.retention.personalized.value));
        QCOMPARE(raw(model, r, Column::RetentionGeneric), expected(row.retention.control.value));
        QCOMPARE(raw(model, r, Column::RepeatPurchase), expected(row.repeatPurchase.value));
        QCOMPARE(raw(model, r, Column::RevenuePerCustomer), expected(row.revenuePerCustomer.value));
        QCOMPARE(raw(model, r, Column::AverageOrderValuePersonalized),
                 expected(row.averageOrderValue.personalized.value));
        QCOMPARE(raw(model, r, Column::AverageOrderValueGeneric),
                 expected(row.averageOrderValue.control.value));
        QCOMPARE(raw(model, r, Column::Clv), expected(row.clv.value));
        QCOMPARE(raw(model, r, Column::ClvGeneric), expected(row.clv.control.value));
    }

    // Charts: one bar per segment in display order, personalized vs generic at the end, and the
    // members at the start vs the end.
    const pvi::BarChart* customers = page->customersChart();
    QCOMPARE(customers->categories().size(), 11);
    QCOMPARE(customers->categories().front(), pvi::rfmSegmentName(pvi::RfmSegment::Champions));
    QCOMPARE(customers->categories().back(), pvi::rfmSegmentName(pvi::RfmSegment::Lost));
    QCOMPARE(customers->sets().size(), 2);
    const pvi::BarChart* movement = page->movementChart();
    QCOMPARE(movement->sets().size(), 2);
    for (int r = 0; r < 11; ++r) {
        const pvi::SegmentReportRow& row = report.rows[std::size_t(r)];
        QCOMPARE(customers->sets()[0].values[r], double(row.members.personalized.n));
        QCOMPARE(customers->sets()[1].values[r], double(row.members.control.n));
        QCOMPARE(movement->sets()[0].values[r], double(row.membersAtStart));
        QCOMPARE(movement->sets()[1].values[r], double(row.members.n));
    }
    QVERIFY2(
        page->summaryLabel()->text().contains(pvi::segmentSummary(report).toHtmlEscaped().left(40)),
        qPrintable(page->summaryLabel()->text()));

    // The columns selector hides the split columns, and shows them again.
    auto* columns = page->columnsSelector();
    QVERIFY(columns->isEnabled());
    columns->setCurrentIndex(int(pvi::SegmentsPage::Columns::All));
    QVERIFY(page->segmentTable()->isColumnHidden(Column::RetentionPersonalized));
    QVERIFY(!page->segmentTable()->isColumnHidden(Column::Retention));
    columns->setCurrentIndex(int(pvi::SegmentsPage::Columns::Split));
    QVERIFY(!page->segmentTable()->isColumnHidden(Column::RetentionPersonalized));
    QVERIFY(!page->segmentTable()->isColumnHidden(Column::ClvGeneric));
    QVERIFY(page->segmentTable()->isColumnHidden(Column::Retention));
    QVERIFY(!page->segmentTable()->isColumnHidden(Column::Segment));

    // Sorting by customers (raw role) puts the largest segment first.
    page->segmentTable()->sortByColumn(Column::Customers, Qt::DescendingOrder);
    const QAbstractItemModel* view = page->segmentTable()->model();
    qint64 largest = 0;
    for (const pvi::SegmentReportRow& row : report.rows)
        largest = std::max(largest, row.members.n);
    QCOMPARE(
        view->index(0, Column::Customers).data(pvi::SegmentTableModel::RawValueRole).toLongLong(),
        largest);
}

void TestSegmentsPage::showsTheHandWorkedShop() {
    pvi::test::TempDir dir;
    const QString path = dir.path(u"six.pvi"_s);
    const QString error = pvi::test::buildSegmentsShop(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    pvi::MainWindow window;
    pvi::SegmentsPage* page = openSegments(window, path);
    QVERIFY(page);
    // By default: the 90 days up to the last valid order, 10 Jun 2025.
    QCOMPARE(page->data().period.to, QDate(2025, 6, 10));

    QSignalSpy loaded(page, &pvi::Page::loaded);
    QVERIFY(pvi::test::chooseCustomPeriod(window, QDate(2025, 4, 1), QDate(2025, 6, 30)));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->data().period.from == QDate(2025, 4, 1) &&
                                 page->data().period.to == QDate(2025, 6, 30),
                             60000);
    QVERIFY2(page->data().report.available, qPrintable(page->data().report.reason));

    auto* model = page->segmentModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int champions = int(pvi::RfmSegment::Champions);
    const int potential = int(pvi::RfmSegment::PotentialLoyalist);
    QCOMPARE(text(model, champions, Column::Segment), u"Champions"_s);
    QCOMPARE(text(model, champions, Column::CustomersAtStart), u"2"_s);
    QCOMPARE(text(model, champions, Column::Customers), u"1"_s);
    QCOMPARE(text(model, champions, Column::Growth), u"−50.0%"_s);
    QCOMPARE(text(model, champions, Column::Retention), u"50.0%"_s);
    QCOMPARE(text(model, champions, Column::RetentionPersonalized), u"100.0%"_s);
    QCOMPARE(text(model, champions, Column::RetentionGeneric), u"0.0%"_s);
    QCOMPARE(text(model, champions, Column::Clv), u"$800.00"_s); // 80 × 1 order/year × 10 years
    QCOMPARE(text(model, potential, Column::AverageOrderValue), u"$60.00"_s);
    QCOMPARE(text(model, potential, Column::RevenuePerCustomer), u"$120.00"_s);
    QCOMPARE(text(model, potential, Column::AverageOrderValueGeneric), u"—"_s);
    QCOMPARE(text(model, potential, Column::Share), u"16.7%"_s); // 1 of 6 customers
    QCOMPARE(model->data(model->index(champions, Column::Retention), Qt::ToolTipRole).toString(),
             u"over 2 customers active at the start"_s);

    // The summary names the segments that shrank most, both from 1 to 0.
    const QString summary = page->summaryLabel()->text();
    QVERIFY2(summary.contains(u"6 customers have a segment, +20.0% since 31 Mar 2025 (5 then)"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"Need attention and Hibernating shrank most (−100.0%"_s),
             qPrintable(summary));
    // Two personalized customers (A: At risk, F: Potential loyalist) in the chart.
    double personalized = 0;
    for (double v : page->customersChart()->sets()[0].values)
        personalized += v;
    QCOMPARE(personalized, 2.0);
}

void TestSegmentsPage::withoutRulesShowsAllCustomersOnly() {
    // Without a personalization rule there is no split: the table shows all customers only, the
    // chart one bar per segment, and the note says why.
    pvi::test::TempDir dir;
    const QString path = dir.path(u"norules.pvi"_s);
    {
        auto opened = pvi::Workspace::open(path, pvi::Workspace::Mode::CreateOrOpen);
        QVERIFY(opened.workspace);
        QVERIFY(pvi::importFile(*opened.workspace,
                                QStringLiteral(PVI_FIXTURES_DIR "/ui/orders_export.csv"))
                    .ok);
    }
    pvi::MainWindow window;
    pvi::SegmentsPage* page = openSegments(window, path);
    QVERIFY(page);
    QVERIFY(!page->data().report.splitReason.isEmpty());
    QVERIFY(!page->columnsSelector()->isEnabled());
    QVERIFY(page->segmentTable()->isColumnHidden(Column::RetentionPersonalized));
    QVERIFY(!page->segmentTable()->isColumnHidden(Column::Retention));
    QCOMPARE(page->customersChart()->sets().size(), 1);
    QVERIFY(page->findChild<QLabel*>(u"segmentNote"_s)->text().contains(u"Not split"_s));
}

void TestSegmentsPage::switchesTheDimension() {
    // "Segment by" on the hand-worked shop, April–June 2025: the order tag "personalized" (A, F)
    // and the others; then a saved rule, spend over 300 by 30 Jun (A 700, B 360, C 320).
    pvi::test::TempDir dir;
    const QString path = dir.path(u"six.pvi"_s);
    QString error = pvi::test::buildSegmentsShop(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        auto opened = pvi::Workspace::open(path, pvi::Workspace::Mode::OpenExisting);
        QVERIFY(opened.workspace);
        error = pvi::saveSegmentRule(opened.workspace->db(), u"big"_s, u"spend > 300"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    pvi::MainWindow window;
    pvi::SegmentsPage* page = openSegments(window, path);
    QVERIFY(page);
    QVERIFY(pvi::test::chooseCustomPeriod(window, QDate(2025, 4, 1), QDate(2025, 6, 30)));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->data().period.from == QDate(2025, 4, 1),
                             60000);
    QComboBox* by = page->dimensionSelector();
    QCOMPARE(by->currentData().toString(), u"rfm"_s);
    QVERIFY(by->findData(u"rule:big"_s) >= 0);
    const auto choose = [&](const QString& id) {
        const int index = by->findData(id);
        by->setCurrentIndex(index);
        Q_EMIT by->activated(index);
    };

    choose(u"tag"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->data().report.dimensionId == u"tag"_s, 60000);
    auto* model = page->segmentModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(text(model, 0, Column::Segment), u"personalized"_s);
    QCOMPARE(text(model, 0, Column::Customers), u"2"_s);
    QCOMPARE(text(model, 0, Column::CustomersAtStart), u"1"_s);
    QVERIFY(text(model, 0, Column::Growth).endsWith(u"100.0%"_s));
    QCOMPARE(text(model, 1, Column::Segment), u"(no tag)"_s);
    QCOMPARE(text(model, 1, Column::Customers), u"4"_s);
    QCOMPARE(page->customersChart()->sets()[0].values.size(), 2);
    QVERIFY(page->findChild<QLabel*>(u"segmentNote"_s)->text().contains(u"tag"_s));

    choose(u"rule:big"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->data().report.dimensionId == u"rule:big"_s,
                             60000);
    QCOMPARE(text(model, 0, Column::Segment), u"big"_s);
    QCOMPARE(text(model, 0, Column::Customers), u"3"_s);
    QCOMPARE(text(model, 0, Column::Share), u"50.0%"_s);
    QCOMPARE(text(model, 1, Column::Segment), u"Others"_s);
    QCOMPARE(by->currentData().toString(), u"rule:big"_s);
}

PVI_TEST_CLASS(TestSegmentsPage)
#include "test_segments_page.moc"
