#pragma once

#include "pvi/engine/pvi_result.h"

#include <QDate>

#include <vector>

namespace pvi {

class Workspace;
struct OrderSnapshot;

/// The period the PVIs are computed for and the period they are compared with.
struct MetricsQuery {
    Period period;
    Period comparison;
};

/// The last day of the workspace's data, the one definition every page and command uses: the
/// last order day (lastOrderDay: valid orders, with or without a customer); without orders, the
/// latest e-mail event's, then survey answer's day, then the end of the latest analytics report.
/// Invalid when the workspace has none (or cannot be read).
QDate lastDayOfData(Workspace& workspace);

/// The last 90 days of data: `to` = lastDayOfData(), `from` = to − 89 days; comparison = the
/// previous 90 days. With only analytics reports, the latest report's range and the one before.
/// Invalid periods when the workspace has no data.
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
