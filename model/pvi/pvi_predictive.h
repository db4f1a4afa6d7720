#pragma once
// Family C (predictive lifetime value): predicted_clv, churn_risk and clv_uplift from one
// BG/NBD + Gamma-Gamma fit on the valid orders up to the period's end, split by exposure.

#include "pvi/metrics_engine.h"
#include "pvi/pvi_definition.h"
#include "pvi/pvi_result.h"

#include <QString>

#include <vector>

namespace pvi {

class Workspace;
struct OrderSnapshot;

/// The definitions of predicted_clv, churn_risk and clv_uplift, in display order.
const std::vector<PviDefinition>& predictivePviDefinitions();

/// Whether the id is one of the predictive PVIs this file computes.
bool isPredictivePvi(const QString& id);

/// Replaces the predictive PVIs among `results` by their values as of `query.period.to`, fitting
/// the lifetime model once (no previous-period value: a second fit would double the cost).
/// Customers count as exposed when `snapshot` says they were personalized by then. Never throws.
void addPredictiveMetrics(Workspace& workspace, const OrderSnapshot& snapshot,
                          const MetricsQuery& query, std::vector<PviResult>& results);

} // namespace pvi
