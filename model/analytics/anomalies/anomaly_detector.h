#pragma once

#include "analytics/anomalies/anomaly_report.h"

#include <QString>

#include <map>

namespace pvi {

/// Whether a series holds one value per day or per week.
enum class SeriesGranularity { Daily, Weekly };

/// Finds the points of a series that deviate from a robust seasonal baseline.
///
/// Baseline of a point: its history is, for a daily series, the values of the previous
/// `window` same weekdays (d − 7, d − 14, ..., d − 7·window; dates absent from the series are
/// skipped), and for a weekly series the previous `window` points. Expected value = median of
/// the history; score = (value − median) / (1.4826 · MAD). When the MAD is 0 the scale is
/// 1.2533 · mean absolute deviation from the median instead (Iglewicz & Hoaglin's fallback);
/// when that is 0 too (a constant history) a point equal to it scores 0 and any other point
/// scores ±infinity. Points with fewer than `minHistory` history values are skipped with a
/// reason. |score| ≥ threshold is a watch, ≥ alertThreshold an alert.
///
/// When per-segment series are given, each anomaly names the segment whose own deviation from
/// its baseline (same history dates, missing values read as 0) goes furthest in the direction
/// of the anomaly.
AnomalyReport detectAnomalies(const DatedSeries& series, SeriesGranularity granularity,
                              const AnomalySettings& settings = {},
                              const std::map<QString, DatedSeries>& segments = {});

/// The median of a set of values (mean of the two middle ones for an even count); 0 when empty.
double medianOf(std::vector<double> values);

} // namespace pvi
