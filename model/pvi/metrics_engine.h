#pragma once

#include "pvi/pvi_result.h"

#include <vector>

namespace pvi {

class Workspace;
struct OrderSnapshot;

/// The period the PVIs are computed for and the period they are compared with.
struct MetricsQuery {
    Period period;
    Period comparison;
};

/// The last 90 days of data: `to` = the latest valid order's date, `from` = to − 89 days;
/// comparison = the previous 90 days. Invalid periods when the workspace has no valid order.
MetricsQuery defaultMetricsQuery(Workspace& workspace);

/// One result per registered PVI, in PviRegistry order, each with its previous-period value from
/// `query.comparison`: the results of computeRun() (pvi_engine.h). Never throws: a database
/// failure or an invalid period makes the PVIs unavailable with the reason.
std::vector<PviResult> computeMetrics(Workspace& workspace, const MetricsQuery& query);

/// The order PVIs from an already loaded snapshot (the other families unavailable).
std::vector<PviResult> computeMetrics(const OrderSnapshot& snapshot, const MetricsQuery& query);

/// One PVI for one period (no previous value); unavailable with a reason for an unknown id.
PviResult computePvi(const OrderSnapshot& snapshot, const QString& id, const Period& period);

/// The reason shown when the workspace has no valid orders.
QString noOrdersImportedReason();

} // namespace pvi
