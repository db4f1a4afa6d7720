#include "pvi/monitoring/pvi_anomalies.h"

#include "pvi/engine/workspace_settings.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace pvi {

namespace {

template <typename T> void keepInside(std::vector<T>& points, const Period& period) {
    points.erase(
        std::remove_if(points.begin(), points.end(),
                       [&](const T& p) { return p.date < period.from || p.date > period.to; }),
        points.end());
}

} // namespace

AnomalySettings loadAnomalySettings(Workspace& workspace) {
    AnomalySettings settings;
    try {
        settings.threshold = numberSetting(workspace, QStringLiteral("anomaly_threshold"));
        settings.alertThreshold =
            numberSetting(workspace, QStringLiteral("anomaly_alert_threshold"));
        settings.window = int(numberSetting(workspace, QStringLiteral("anomaly_window")));
    } catch (const DbError&) {
        // An unreadable settings table keeps the defaults; reading the series reports it.
    }
    return settings;
}

PviAnomalies findPviAnomalies(Workspace& workspace, const QString& id, const Period& period,
                              SeriesGranularity granularity, const AnomalySettings& settings) {
    PviAnomalies result;
    result.period = period;
    result.settings = settings;
    if (!period.isValid()) {
        result.reason =
            QCoreApplication::translate("pvi::PviReason", "the period is not a valid date range");
        return result;
    }
    const Period range{period.from.addDays(-7 * qint64(settings.window)), period.to};
    result.series = loadPviSeries(workspace, id, range, granularity);
    if (!result.series.reason.isEmpty()) {
        result.reason = result.series.reason;
        return result;
    }
    result.report =
        detectAnomalies(result.series.values, granularity, settings, result.series.segments);
    keepInside(result.report.anomalies, period);
    keepInside(result.report.skipped, period);
    result.report.checked = 0;
    for (const auto& [date, value] : result.series.values)
        result.report.checked += date >= period.from && date <= period.to ? 1 : 0;
    result.report.checked -= int(result.report.skipped.size());
    return result;
}

} // namespace pvi
