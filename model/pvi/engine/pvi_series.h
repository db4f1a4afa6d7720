#pragma once

#include "analytics/anomalies/anomaly_detector.h"
#include "pvi/engine/pvi_result.h"

#include <QString>
#include <QStringList>

#include <map>

namespace pvi {

class Workspace;

/// A PVI as a daily or weekly series: one point per day (or per Monday-to-Sunday week, dated
/// by its Monday) where the PVI has a value, and the same for each of its segments.
struct PviSeries {
    QString id;
    SeriesGranularity granularity = SeriesGranularity::Daily;
    DatedSeries values;
    /// "personalized" and "generic" (the PVI's exposure split), plus the PVI's own segment rows
    /// (e.g. RFM segments) by segment id, where the PVI has them.
    std::map<QString, DatedSeries> segments;
    QString reason; ///< why there is no series (unknown id, no data, unreadable workspace)
};

/// Series ids besides the registered PVIs: "revenue" (net revenue of the valid orders) and
/// "orders" (their count), split by order-level exposure.
QStringList builtinSeriesIds();

/// Whether the id has a time series: the built-in series, and every registered PVI the engine
/// computes per period (pviHasSeries: not the one-fit predictive PVIs or targets).
bool hasPviSeries(const QString& id);

/// Each day (or full week) of `range` with the PVI computed over that day (week) alone: a
/// count or sum is the day's, a rate the day's rate. A point where the PVI is not available
/// (e.g. no order that day for an order value) is missing, not 0; revenue and orders have
/// explicit zeros. Weeks run Monday to Sunday and only weeks inside `range` count. Never throws.
PviSeries loadPviSeries(Workspace& workspace, const QString& id, const Period& range,
                        SeriesGranularity granularity);

} // namespace pvi
