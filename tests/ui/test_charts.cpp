// The chart widgets take plain data, show what they were given and render without data too.
#include "charts/bar_chart.h"
#include "charts/chart_palette.h"
#include "charts/cohort_heatmap.h"
#include "charts/segment_bar_chart.h"
#include "charts/sparkline.h"
#include "charts/trend_chart.h"
#include "gui_test_setup.h"
#include "test_registry.h"

#include <QChartView>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

/// The value axis of a bar chart's chart (the one QValueAxis it holds).
QValueAxis* valueAxisOf(pvi::BarChart& chart) {
    auto* view = chart.findChild<QChartView*>();
    if (!view)
        return nullptr;
    for (QAbstractAxis* axis : view->chart()->axes())
        if (auto* values = qobject_cast<QValueAxis*>(axis))
            return values;
    return nullptr;
}

} // namespace

class TestCharts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { pvi::test::isolateGuiTestSettings(); }
    void heatmapShowsTheMostRecentCohorts();
    void heatScaleGoesFromPaleToDeep();
    void trendAndSegmentsCountTheirData();
    void emptyChartsRender();
    void barAxisEndsNearTheLargestBar();
};

void TestCharts::heatmapShowsTheMostRecentCohorts() {
    pvi::CohortGrid grid;
    for (int c = 0; c < 20; ++c) {
        grid.cohorts.append(QDate(2024, 1, 1).addMonths(c));
        grid.sizes.append(100 + c);
        QList<std::optional<double>> row;
        for (int k = 0; k < 20 - c; ++k)
            row.append(k == 0 ? 1.0 : 0.3 / k);
        grid.values.append(row);
    }
    pvi::CohortHeatmap map;
    map.setLimits(12, 10);
    map.setData(grid);
    map.resize(600, 400);
    QCOMPARE(map.visibleCohorts(), 12);
    QCOMPARE(map.visibleOffsets(), 10);
    QVERIFY(!map.grab().isNull());
}

void TestCharts::heatScaleGoesFromPaleToDeep() {
    // The ends of the scale are its two anchor colours; the middle lies between them.
    QCOMPARE(pvi::palette::heat(0.0), QColor(0xf0, 0xf4, 0xfa));
    QCOMPARE(pvi::palette::heat(1.0), QColor(0x1f, 0x4e, 0x89));
    QVERIFY(pvi::palette::heat(0.25).lightness() < pvi::palette::heat(0.05).lightness());
    QCOMPARE(pvi::palette::heat(-1), pvi::palette::heat(0.0)); // clamped
}

void TestCharts::trendAndSegmentsCountTheirData() {
    pvi::TrendChart trend;
    QList<pvi::MonthlyPoint> months;
    for (int m = 0; m < 12; ++m)
        months.append({QDate(2025, 1, 1).addMonths(m), 1000.0 + 100 * m, 40 + m});
    trend.setData(months);
    QCOMPARE(trend.pointCount(), 12);
    trend.resize(500, 300);
    QVERIFY(!trend.grab().isNull());

    pvi::SegmentBarChart segments;
    segments.setData({{u"Champions"_s, 120}, {u"Lost"_s, 300}, {u"New"_s, 0}});
    QCOMPARE(segments.segmentCount(), 3);

    pvi::Sparkline spark;
    spark.setValues({1.0, std::nan(""), 3.0});
    spark.resize(120, 30);
    QVERIFY(!spark.grab().isNull());
}

void TestCharts::emptyChartsRender() {
    pvi::TrendChart trend;
    trend.setData({});
    QCOMPARE(trend.pointCount(), 0);
    trend.resize(400, 300);
    QVERIFY(!trend.grab().isNull());
    pvi::CohortHeatmap map;
    map.resize(400, 300);
    QCOMPARE(map.visibleCohorts(), 0);
    QVERIFY(!map.grab().isNull());
}

// A percentage of 96 ends the value axis at 125 in five round steps of 25, not at 200 (where
// the bars would fill half the chart); with negative values the same round step runs on both
// sides of 0, so 0 is a tick (−30 and 45: −40 to 60 in steps of 20, not −50 to 50 in steps of 20
// that miss 0).
void TestCharts::barAxisEndsNearTheLargestBar() {
    pvi::BarChart chart(u"churn"_s);
    chart.setData(u"Churn risk"_s, {u"A"_s, u"B"_s}, {{u"All customers"_s, {96, 40}, {}}},
                  u"churn risk %"_s);
    auto* axis = valueAxisOf(chart);
    QVERIFY(axis);
    QCOMPARE(axis->min(), 0.0);
    QCOMPARE(axis->max(), 125.0);
    QCOMPARE(axis->tickCount(), 6);
    chart.setData(u"Lift"_s, {u"A"_s, u"B"_s}, {{u"Lift"_s, {-30, 45}, {}}}, u"%"_s);
    axis = valueAxisOf(chart);
    QVERIFY(axis);
    QCOMPARE(axis->min(), -40.0);
    QCOMPARE(axis->max(), 60.0);
    QCOMPARE(axis->tickCount(), 6);
}

PVI_TEST_CLASS(TestCharts)
#include "test_charts.moc"
