#pragma once

#include "analytics/anomalies/anomaly_detector.h"
#include "pvi/engine/pvi_result.h"
#include "pvi/engine/pvi_series.h"

namespace pvi {

class Workspace;

/// The anomaly detector's settings from the workspace: `anomaly_threshold` (|robust z| from
/// which a point is flagged, default 3.5), `anomaly_alert_threshold` (default 5.0) and
/// `anomaly_window` (history points, default 8, at least minHistory); unset or invalid values
/// keep the default.
AnomalySettings loadAnomalySettings(Workspace& workspace);

/// Anomalies of one PVI series over a period.
struct PviAnomalies {
    PviSeries series; ///< the series, history included
    Period period;    ///< the points judged and reported
    AnomalySettings settings;
    AnomalyReport report; ///< anomalies and skipped points inside the period only
    QString reason;       ///< why nothing could be judged (no series, ...)

    bool ok() const { return reason.isEmpty(); }
};

/// Loads the PVI's daily (or weekly) series over `period` and the history the baseline needs
/// before it (settings.window weeks), and runs detectAnomalies with the series' segments
/// (personalized / generic and the PVI's own segments), keeping the points inside `period`.
/// Never throws.
PviAnomalies findPviAnomalies(Workspace& workspace, const QString& id, const Period& period,
                              SeriesGranularity granularity, const AnomalySettings& settings);

} // namespace pvi
