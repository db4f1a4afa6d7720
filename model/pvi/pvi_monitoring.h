#pragma once
// Families I/J (monitoring): journey_stage_engagement (order → repeat step from the orders) and
// anomalies (unusual days of net revenue).

#include "pvi/metrics_engine.h"
#include "pvi/pvi_definition.h"
#include "pvi/pvi_result.h"

#include <QString>

#include <vector>

namespace pvi {

struct OrderSnapshot;

/// The definitions of the monitoring PVIs, in display order.
const std::vector<PviDefinition>& monitoringPviDefinitions();

/// Whether the id is one of the monitoring PVIs this file computes.
bool isMonitoringPvi(const QString& id);

/// journey_stage_engagement from orders only: among the period's customers, the share who
/// reached the repeat stage (more than one valid order by the period's end), split by exposure.
PviResult journeyStageEngagement(const OrderSnapshot& snapshot, const Period& period);

/// anomalies: the days of the period whose net revenue deviates from the same weekdays of the
/// previous 8 weeks (detectAnomalies, daily), one segments row per anomaly.
PviResult revenueAnomalies(const OrderSnapshot& snapshot, const Period& period);

/// Replaces the monitoring PVIs among `results` by their values for `query.period`, with the
/// previous values from `query.comparison`. Never throws.
void addMonitoringMetrics(const OrderSnapshot& snapshot, const MetricsQuery& query,
                          std::vector<PviResult>& results);

} // namespace pvi
