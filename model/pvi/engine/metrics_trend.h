#pragma once

#include "pvi/engine/pvi_result.h"

#include <optional>
#include <utility>
#include <vector>

namespace pvi {

class Workspace;

/// One calendar month of the revenue-and-orders chart.
struct TrendPoint {
    QDate month; ///< first day of the month
    double revenue = 0;
    qint64 orders = 0;
    qint64 customers = 0; ///< distinct customers who ordered in the month
};

/// Net revenue, valid orders and ordering customers per calendar month, counting only orders
/// dated inside the period (so the first and last months may be partial). Empty on failure.
std::vector<TrendPoint> monthlyTrend(Workspace& workspace, const Period& period);

/// A PVI over `points` consecutive periods of the same length as `endingPeriod`, oldest first,
/// the last one being `endingPeriod` itself; each point is (the period's last day, value or
/// nothing when unavailable). Works for every registered PVI through the engine (each source
/// loaded once); empty for an unknown id or an invalid period.
std::vector<std::pair<QDate, std::optional<double>>>
pviTrend(Workspace& workspace, const QString& id, const Period& endingPeriod, int points);

} // namespace pvi
