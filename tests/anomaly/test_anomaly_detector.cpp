// Anomaly detection on series with planted anomalies; every expected score worked by hand below.
#include "analytics/anomalies/anomaly_detector.h"
#include "test_registry.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

const QDate kMonday(2024, 1, 1); // a Monday

// Ten weeks of daily data: Mon–Fri 100, Saturday 200 (the weekly high), Sunday 50, plus a
// per-week wobble of (week mod 3 − 1)·2, i.e. −2, 0, +2, −2, ... Planted in week 9:
// Wednesday 160 (spike) and Monday 88 (drop). Saturday of week 9 is a normal high (198).
// Baseline of any week-9 day: the 8 previous same weekdays, wobbles for weeks 1..8 are
// 0, +2, −2, 0, +2, −2, 0, +2 -> sorted −2, −2, 0, 0, 0, +2, +2, +2: median 0 (+base);
// absolute deviations 2, 2, 0, 0, 0, 2, 2, 2 -> sorted 0,0,0,2,2,2,2,2: MAD 2; scale 1.4826·2.
//   Wednesday: (160 − 100) / 2.9652 = 20.2347... -> alert
//   Monday:    (88 − 100) / 2.9652 = −4.0469... -> watch (3.5 ≤ 4.05 < 5)
//   Saturday:  (198 − 200) / 2.9652 = −0.674 -> not flagged
// Weeks 0–3 have fewer than 4 previous same weekdays: 28 points skipped, 42 checked.
DatedSeries weekdaySeries(std::map<QString, DatedSeries>* segments = nullptr) {
    DatedSeries series;
    for (int week = 0; week < 10; ++week) {
        for (int day = 0; day < 7; ++day) {
            const QDate d = kMonday.addDays(7 * week + day);
            double base = day == 5 ? 200.0 : (day == 6 ? 50.0 : 100.0);
            double value = base + (week % 3 - 1) * 2.0;
            if (week == 9 && day == 2)
                value = 160.0;
            if (week == 9 && day == 0)
                value = 88.0;
            series[d] = value;
            if (segments) {
                // search is flat at 40 except on the spike day (100); email carries the rest,
                // so the spike comes from search and the drop from email.
                const double search = (week == 9 && day == 2) ? 100.0 : 40.0;
                (*segments)[u"search"_s][d] = search;
                (*segments)[u"email"_s][d] = value - search;
            }
        }
    }
    return series;
}

void expectNear(double actual, double expected, double tol, const char* what) {
    if (!(std::abs(actual - expected) <= tol)) {
        QFAIL(qPrintable(QStringLiteral("%1: actual %2, expected %3 (tolerance %4)")
                             .arg(QLatin1String(what))
                             .arg(actual, 0, 'g', 17)
                             .arg(expected, 0, 'g', 17)
                             .arg(tol)));
    }
}

QDate week(int k) {
    return kMonday.addDays(7 * k);
}

} // namespace

class TestAnomalyDetector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void spikeAndDropWithWeekdaySeasonality();
    void normalSaturdayHighIsNotFlagged();
    void segmentThatMovedMost();
    void madZeroFallsBackToMeanDeviation();
    void constantHistory();
    void shortHistoryIsSkippedWithReason();
    void thresholdIsASetting();
    void median();
};

void TestAnomalyDetector::spikeAndDropWithWeekdaySeasonality() {
    const AnomalyReport r = detectAnomalies(weekdaySeries(), SeriesGranularity::Daily);
    QCOMPARE(r.checked, 42);
    QCOMPARE(r.skipped.size(), std::size_t{28});
    QCOMPARE(r.anomalies.size(), std::size_t{2});
    const Anomaly& drop = r.anomalies[0];
    QCOMPARE(drop.date, week(9));
    QCOMPARE(drop.value, 88.0);
    QCOMPARE(drop.expected, 100.0);
    expectNear(drop.score, -12.0 / (1.4826 * 2.0), 1e-12, "drop score");
    QCOMPARE(drop.severity, AnomalySeverity::Watch);
    const Anomaly& spike = r.anomalies[1];
    QCOMPARE(spike.date, week(9).addDays(2));
    QCOMPARE(spike.expected, 100.0);
    expectNear(spike.score, 60.0 / (1.4826 * 2.0), 1e-12, "spike score");
    QCOMPARE(spike.severity, AnomalySeverity::Alert);
    QVERIFY(spike.note.isEmpty());
    QVERIFY(spike.segment.isEmpty());
}

void TestAnomalyDetector::normalSaturdayHighIsNotFlagged() {
    // Saturdays are twice a weekday: compared with other Saturdays they are normal.
    const AnomalyReport r = detectAnomalies(weekdaySeries(), SeriesGranularity::Daily);
    for (const Anomaly& a : r.anomalies)
        QVERIFY2(a.date.dayOfWeek() != 6, qPrintable(a.date.toString(Qt::ISODate)));
}

void TestAnomalyDetector::segmentThatMovedMost() {
    std::map<QString, DatedSeries> segments;
    const DatedSeries series = weekdaySeries(&segments);
    const AnomalyReport r = detectAnomalies(series, SeriesGranularity::Daily, {}, segments);
    QCOMPARE(r.anomalies.size(), std::size_t{2});
    // drop: email 48 vs its baseline 60 (−12); search 40 vs 40 (0)
    QCOMPARE(r.anomalies[0].segment, u"email"_s);
    expectNear(r.anomalies[0].segmentDeviation, -12.0, 1e-12, "email deviation");
    // spike: search 100 vs 40 (+60); email 60 vs 60 (0)
    QCOMPARE(r.anomalies[1].segment, u"search"_s);
    expectNear(r.anomalies[1].segmentDeviation, 60.0, 1e-12, "search deviation");
}

void TestAnomalyDetector::madZeroFallsBackToMeanDeviation() {
    // Weekly: weeks 0–7 are 10 except week 3 = 12; week 8 = 13. Week 8's history (the previous
    // 8 weeks) is seven 10s and one 12: median 10, MAD 0; mean absolute deviation 2/8 = 0.25,
    // scale 1.2533·0.25 = 0.313325, score 3/0.313325 = 9.5747... -> alert.
    DatedSeries series;
    for (int k = 0; k < 8; ++k)
        series[week(k)] = k == 3 ? 12.0 : 10.0;
    series[week(8)] = 13.0;
    const AnomalyReport r = detectAnomalies(series, SeriesGranularity::Weekly);
    QCOMPARE(r.skipped.size(), std::size_t{4}); // weeks 0..3
    QCOMPARE(r.checked, 5);
    QCOMPARE(r.anomalies.size(), std::size_t{1});
    QCOMPARE(r.anomalies[0].date, week(8));
    QCOMPARE(r.anomalies[0].expected, 10.0);
    expectNear(r.anomalies[0].score, 3.0 / (1.2533 * 0.25), 1e-12, "fallback score");
    QCOMPARE(r.anomalies[0].severity, AnomalySeverity::Alert);
    QVERIFY(r.anomalies[0].note.contains(u"MAD is 0"_s));
}

void TestAnomalyDetector::constantHistory() {
    // Weeks 0–5 at 5 (week 5 equals its constant history: score 0), week 6 at 6: +infinity.
    DatedSeries series;
    for (int k = 0; k < 6; ++k)
        series[week(k)] = 5.0;
    series[week(6)] = 6.0;
    const AnomalyReport r = detectAnomalies(series, SeriesGranularity::Weekly);
    QCOMPARE(r.anomalies.size(), std::size_t{1});
    QCOMPARE(r.anomalies[0].date, week(6));
    QCOMPARE(r.anomalies[0].score, std::numeric_limits<double>::infinity());
    QCOMPARE(r.anomalies[0].severity, AnomalySeverity::Alert);
    QVERIFY(r.anomalies[0].note.contains(u"constant"_s));
}

void TestAnomalyDetector::shortHistoryIsSkippedWithReason() {
    DatedSeries series;
    for (int k = 0; k < 3; ++k)
        series[week(k)] = 1.0 + k;
    const AnomalyReport r = detectAnomalies(series, SeriesGranularity::Weekly);
    QCOMPARE(r.checked, 0);
    QVERIFY(r.anomalies.empty());
    QCOMPARE(r.skipped.size(), std::size_t{3});
    QCOMPARE(r.skipped[2].date, week(2));
    QCOMPARE(r.skipped[2].reason, u"history too short: 2 of the 4 values needed"_s);
    // a daily series with gaps: only same weekdays present count
    DatedSeries daily;
    for (int k = 0; k < 5; ++k)
        daily[kMonday.addDays(7 * k)] = 1.0;
    daily[kMonday.addDays(7 * 5 + 1)] = 100.0; // a Tuesday without Tuesday history
    const AnomalyReport d = detectAnomalies(daily, SeriesGranularity::Daily);
    QCOMPARE(d.checked, 1); // the fifth Monday
    QVERIFY(d.anomalies.empty());
    QCOMPARE(d.skipped.back().date, kMonday.addDays(36));
}

void TestAnomalyDetector::thresholdIsASetting() {
    // With threshold 25 even the Wednesday spike (score 20.23) is not flagged; with
    // threshold 4 and alert 4.04 the Monday drop (|score| 4.047) becomes an alert.
    AnomalySettings strict;
    strict.threshold = 25.0;
    strict.alertThreshold = 30.0;
    QVERIFY(detectAnomalies(weekdaySeries(), SeriesGranularity::Daily, strict).anomalies.empty());
    AnomalySettings loose;
    loose.threshold = 4.0;
    loose.alertThreshold = 4.04;
    const AnomalyReport r = detectAnomalies(weekdaySeries(), SeriesGranularity::Daily, loose);
    QCOMPARE(r.anomalies.size(), std::size_t{2});
    QCOMPARE(r.anomalies[0].severity, AnomalySeverity::Alert);
    QCOMPARE(anomalySeverityId(r.anomalies[0].severity), u"alert"_s);
}

void TestAnomalyDetector::median() {
    QCOMPARE(medianOf({}), 0.0);
    QCOMPARE(medianOf({3.0, 1.0, 2.0}), 2.0);
    QCOMPARE(medianOf({4.0, 1.0, 3.0, 2.0}), 2.5);
}

PVI_TEST_CLASS(TestAnomalyDetector)
#include "test_anomaly_detector.moc"
