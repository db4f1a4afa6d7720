#pragma once

#include <QDate>
#include <QString>

#include <map>
#include <vector>

namespace pvi {

/// A PVI series: one value per date (a day, or the first day of a week). Missing dates are
/// missing data, not zeros: put explicit zeros in the series for days without activity.
using DatedSeries = std::map<QDate, double>;

/// How bad a flagged point is.
enum class AnomalySeverity {
    Watch, ///< |score| at or above the threshold
    Alert, ///< |score| at or above the alert threshold
};

/// Stable id of a severity: "watch" or "alert".
QString anomalySeverityId(AnomalySeverity severity);

/// Settings of the anomaly detector.
struct AnomalySettings {
    double threshold = 3.5;      ///< |robust z| from which a point is flagged (watch)
    double alertThreshold = 5.0; ///< |robust z| from which a flagged point is an alert
    int window = 8;              ///< history: previous same weekdays (daily) or weeks (weekly)
    int minHistory = 4;          ///< fewer history points than this: the point is not judged
};

/// One point that deviates from its baseline.
struct Anomaly {
    QDate date;
    double value = 0.0;
    double expected = 0.0; ///< the baseline: median of the history
    double score = 0.0;    ///< robust z; ±infinity when the history is constant
    AnomalySeverity severity = AnomalySeverity::Watch;
    QString segment;               ///< the segment that moved most (empty without segments)
    double segmentDeviation = 0.0; ///< that segment's value minus its own baseline median
    QString note;                  ///< how the scale was measured when MAD was 0
};

/// A point the detector could not judge, and why.
struct SkippedPoint {
    QDate date;
    QString reason;
};

/// The detector's result over one series.
struct AnomalyReport {
    std::vector<Anomaly> anomalies;    ///< in date order
    std::vector<SkippedPoint> skipped; ///< in date order
    int checked = 0;                   ///< points judged against a baseline
};

} // namespace pvi
