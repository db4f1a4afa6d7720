// Anomalies on PVI series read from a workspace: daily revenue with a planted spike and drop,
// the threshold setting, the weekly baseline, a registered PVI's series and the segment that
// moved most. Expected values worked out by hand in the comments.
#include "pvi/engine/pvi_series.h"
#include "pvi/monitoring/pvi_anomalies.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

#include <cmath>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

// Ten weeks of one order a day from Monday 2024-01-01 (no customer, so only an order matching
// the rule is personalized). Day d of week w (d = 0 for Monday) brings 200 + 10 d + noise[w].
// The last week (2024-03-04 .. 03-10) has noise 0, plus two planted events:
//  - Tuesday 2024-03-05: a second order of 100 tagged "vip" (an order-tag rule: personalized);
//  - Thursday 2024-03-07: the order brings 200 instead of 230.
constexpr double kNoise[10] = {0, 4, -4, 8, -8, 2, -2, 6, -6, 0};
const QDate kStart(2024, 1, 1);
const Period kLastWeek{QDate(2024, 3, 4), QDate(2024, 3, 10)};

std::unique_ptr<Workspace> buildShop(const test::TempDir& dir) {
    auto opened = Workspace::open(dir.path(u"shop.pvi"_s), Workspace::Mode::CreateOrOpen);
    if (!opened.workspace)
        qFatal("cannot open workspace: %s", qPrintable(opened.error));
    Workspace& ws = *opened.workspace;
    ws.db().exec("INSERT INTO import_batches (id, file_name, file_path, sha256, source, "
                 "imported_at) VALUES (1, 'o.csv', '/tmp/o.csv', 'x', 'shopify', "
                 "'2024-01-01T00:00:00Z')");
    ws.db().exec("INSERT INTO personalization_rules (kind, pattern, created_at) VALUES "
                 "('order-tag', 'vip', '2024-01-01T00:00:00Z')");
    int id = 0;
    auto add = [&](const QDate& day, double net, const QString& tags) {
        ++id;
        ws.db()
            .prepare(
                "INSERT INTO orders (id, batch_id, source, order_key, created_at, order_date, "
                "tags, is_valid, net_revenue) VALUES (?1, 1, 'shopify', ?1, ?2, ?3, ?4, 1, ?5)")
            .bind(1, id)
            .bind(2, day.toString(Qt::ISODate) + u"T12:00:00Z"_s)
            .bind(3, day.toString(Qt::ISODate))
            .bind(4, tags)
            .bind(5, net)
            .run();
    };
    for (int w = 0; w < 10; ++w) {
        for (int d = 0; d < 7; ++d) {
            const QDate day = kStart.addDays(7 * w + d);
            const double base = 200 + 10 * d + kNoise[w];
            add(day, day == QDate(2024, 3, 7) ? 200.0 : base, QString());
        }
    }
    add(QDate(2024, 3, 5), 100.0, u"vip"_s);
    return std::move(opened.workspace);
}

void setSetting(Workspace& ws, const char* key, const char* value) {
    ws.db()
        .prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)")
        .bind(1, QString::fromUtf8(key))
        .bind(2, QString::fromUtf8(value))
        .run();
}

void expectNearValue(double actual, double expected, double tolerance, const char* what) {
    QVERIFY2(std::abs(actual - expected) <= tolerance,
             qPrintable(u"%1: actual %2, expected %3"_s.arg(QString::fromUtf8(what))
                            .arg(actual, 0, 'g', 17)
                            .arg(expected, 0, 'g', 17)));
}

// The history of a day of the last week is the same weekday in weeks 1..8, noise
// {4, -4, 8, -8, 2, -2, 6, -6}: median 0, absolute deviations {2, 2, 4, 4, 6, 6, 8, 8},
// MAD 5, scale 1.4826 × 5 = 7.413.
constexpr double kDailyScale = 1.4826 * 5;

} // namespace

class TestPviAnomalies : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dailyRevenueSpikeAndDrop();
    void thresholdSetting();
    void weeklyRevenue();
    void registeredPviSeries();
    void seriesShape();
    void noSeriesForOneFitPvis();
};

void TestPviAnomalies::dailyRevenueSpikeAndDrop() {
    // Tuesday: 210 + 100 = 310 against 210, z = 100 / 7.413 = 13.49: an alert (≥ 5), moved by
    //   the personalized orders (+100 against a history of 0; generic +0).
    // Thursday: 200 against 230, z = −30 / 7.413 = −4.05: a watch (≥ 3.5, < 5), moved by the
    //   generic orders (−30; personalized 0).
    // Every other day of the week equals its median: z = 0.
    test::TempDir dir;
    auto ws = buildShop(dir);
    const PviAnomalies r =
        findPviAnomalies(*ws, u"revenue"_s, kLastWeek, SeriesGranularity::Daily, {});
    QVERIFY2(r.ok(), qPrintable(r.reason));
    QCOMPARE(r.report.checked, 7);
    QVERIFY(r.report.skipped.empty());
    QCOMPARE(r.report.anomalies.size(), std::size_t(2));
    const Anomaly& spike = r.report.anomalies[0];
    QCOMPARE(spike.date, QDate(2024, 3, 5));
    expectNearValue(spike.value, 310, 1e-9, "spike value");
    expectNearValue(spike.expected, 210, 1e-9, "spike expected");
    expectNearValue(spike.score, 100 / kDailyScale, 1e-9, "spike score");
    QCOMPARE(spike.severity, AnomalySeverity::Alert);
    QCOMPARE(spike.segment, u"personalized"_s);
    expectNearValue(spike.segmentDeviation, 100, 1e-9, "spike segment deviation");
    const Anomaly& drop = r.report.anomalies[1];
    QCOMPARE(drop.date, QDate(2024, 3, 7));
    expectNearValue(drop.expected, 230, 1e-9, "drop expected");
    expectNearValue(drop.score, -30 / kDailyScale, 1e-9, "drop score");
    QCOMPARE(drop.severity, AnomalySeverity::Watch);
    QCOMPARE(drop.segment, u"generic"_s);
    expectNearValue(drop.segmentDeviation, -30, 1e-9, "drop segment deviation");
}

void TestPviAnomalies::thresholdSetting() {
    // anomaly_threshold 4.5: the drop (|z| = 4.05) is no longer flagged; the spike still is.
    test::TempDir dir;
    auto ws = buildShop(dir);
    setSetting(*ws, "anomaly_threshold", "4.5");
    const AnomalySettings settings = loadAnomalySettings(*ws);
    QCOMPARE(settings.threshold, 4.5);
    QCOMPARE(settings.alertThreshold, 5.0);
    const PviAnomalies r =
        findPviAnomalies(*ws, u"revenue"_s, kLastWeek, SeriesGranularity::Daily, settings);
    QCOMPARE(r.report.anomalies.size(), std::size_t(1));
    QCOMPARE(r.report.anomalies[0].date, QDate(2024, 3, 5));
    setSetting(*ws, "anomaly_threshold", "not a number");
    QCOMPARE(loadAnomalySettings(*ws).threshold, 3.5);
}

void TestPviAnomalies::weeklyRevenue() {
    // Weekly totals: week w brings 7 × 230 + 7 noise[w] = 1610 + 7 noise[w]. The history of
    // the last week is weeks 1..8: median 1610, MAD 7 × 5 = 35, scale 1.4826 × 35. The last
    // week brings 1610 + 100 − 30 = 1680: z = 70 / 51.891 = 1.349, not flagged at 3.5; with a
    // threshold of 1 it is a watch, moved most by the personalized orders (+100; generic −30).
    test::TempDir dir;
    auto ws = buildShop(dir);
    AnomalySettings settings;
    PviAnomalies r =
        findPviAnomalies(*ws, u"revenue"_s, kLastWeek, SeriesGranularity::Weekly, settings);
    QVERIFY2(r.ok(), qPrintable(r.reason));
    QCOMPARE(r.report.checked, 1);
    QVERIFY(r.report.anomalies.empty());
    QCOMPARE(r.series.values.size(), std::size_t(9)); // weeks 1..9 (8 weeks of history)
    QCOMPARE(r.series.values.begin()->first, QDate(2024, 1, 8));
    settings.threshold = 1.0;
    r = findPviAnomalies(*ws, u"revenue"_s, kLastWeek, SeriesGranularity::Weekly, settings);
    QCOMPARE(r.report.anomalies.size(), std::size_t(1));
    const Anomaly& a = r.report.anomalies[0];
    QCOMPARE(a.date, QDate(2024, 3, 4));
    expectNearValue(a.value, 1680, 1e-9, "weekly value");
    expectNearValue(a.expected, 1610, 1e-9, "weekly expected");
    expectNearValue(a.score, 70 / (1.4826 * 35), 1e-9, "weekly score");
    QCOMPARE(a.severity, AnomalySeverity::Watch);
    QCOMPARE(a.segment, u"personalized"_s);
}

void TestPviAnomalies::registeredPviSeries() {
    // average_order_value per day: one order a day, so the day's AOV is its revenue, except
    // Tuesday of the last week, (210 + 100) / 2 = 155 against 210: z = −55 / 7.413 = −7.42,
    // an alert; Thursday 200 against 230 a watch, as for revenue.
    test::TempDir dir;
    auto ws = buildShop(dir);
    const PviAnomalies r =
        findPviAnomalies(*ws, u"average_order_value"_s, kLastWeek, SeriesGranularity::Daily, {});
    QVERIFY2(r.ok(), qPrintable(r.reason));
    QCOMPARE(r.report.anomalies.size(), std::size_t(2));
    QCOMPARE(r.report.anomalies[0].date, QDate(2024, 3, 5));
    expectNearValue(r.report.anomalies[0].value, 155, 1e-9, "AOV value");
    expectNearValue(r.report.anomalies[0].score, -55 / kDailyScale, 1e-9, "AOV score");
    QCOMPARE(r.report.anomalies[0].severity, AnomalySeverity::Alert);
    QCOMPARE(r.report.anomalies[1].date, QDate(2024, 3, 7));
    QCOMPARE(r.report.anomalies[1].severity, AnomalySeverity::Watch);
}

void TestPviAnomalies::seriesShape() {
    // Weekly points are Monday-to-Sunday weeks inside the range, dated by their Monday; the
    // order count of a week of the fixture is 7 (8 in the last week).
    test::TempDir dir;
    auto ws = buildShop(dir);
    const PviSeries s = loadPviSeries(*ws, u"orders"_s, {QDate(2024, 2, 21), QDate(2024, 3, 10)},
                                      SeriesGranularity::Weekly);
    QVERIFY2(s.reason.isEmpty(), qPrintable(s.reason));
    QCOMPARE(s.values.size(), std::size_t(2));
    QCOMPARE(s.values.at(QDate(2024, 2, 26)), 7.0);
    QCOMPARE(s.values.at(QDate(2024, 3, 4)), 8.0);
    QCOMPARE(s.segments.at(u"personalized"_s).at(QDate(2024, 3, 4)), 1.0);
    QCOMPARE(s.segments.at(u"generic"_s).at(QDate(2024, 3, 4)), 7.0);
}

void TestPviAnomalies::noSeriesForOneFitPvis() {
    QVERIFY(hasPviSeries(u"revenue"_s));
    QVERIFY(hasPviSeries(u"average_order_value"_s));
    QVERIFY(hasPviSeries(u"email_open_rate"_s));
    QVERIFY(!hasPviSeries(u"predicted_clv"_s));
    QVERIFY(!hasPviSeries(u"no_such_pvi"_s));
    test::TempDir dir;
    auto ws = buildShop(dir);
    const PviAnomalies r =
        findPviAnomalies(*ws, u"predicted_clv"_s, kLastWeek, SeriesGranularity::Daily, {});
    QVERIFY(!r.ok());
    QVERIFY2(r.reason.contains(u"no daily or weekly series"_s), qPrintable(r.reason));
}

PVI_TEST_CLASS(TestPviAnomalies)
#include "test_pvi_anomalies.moc"
