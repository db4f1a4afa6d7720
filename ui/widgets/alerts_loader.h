#pragma once

#include "pvi/engine/period_filter.h"
#include "widgets/alert_item.h"

#include <QList>

namespace pvi {

/// What the alerts panel shows, or why it could not be computed.
struct AlertsData {
    QList<AlertItem> alerts; ///< alerts first, then watches; anomalies newest first
    QDate lastDay;           ///< the latest order day (end of the series)
    int targets = 0;         ///< targets stored in the workspace
    QString error;
};

/// Days of daily revenue/orders in which anomalies are reported (ending with the last order).
inline constexpr int kAlertRecentDays = 28;
/// Days of history read before those with the default settings, so each reported day has its 8
/// same-weekday baseline (the loader reads 7 × the workspace's `anomaly_window` days).
inline constexpr int kAlertHistoryDays = 8 * 7;

/// Anomalies of the daily revenue and orders of the last kAlertRecentDays days (robust
/// same-weekday baseline of anomaly_detector.h with the workspace's anomaly settings,
/// loadAnomalySettings) and the status of every stored target against the PVI's value over the
/// filter's period (read from the shared PviRunCache, so the Overview's run serves it), for the
/// workspace at `workspacePath`, through its own connection. Never throws: errors are in `error`.
AlertsData loadAlerts(const QString& workspacePath, const PeriodFilter& filter);

} // namespace pvi
