#pragma once
// Families I/J (monitoring): journey_stage_engagement (visit → order step from web reports,
// order → repeat step from the orders) and anomalies (unusual days of net revenue).

#include "analytics/anomalies/anomaly_report.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_definition.h"
#include "pvi/engine/pvi_result.h"

#include <QString>

#include <vector>

namespace pvi {

class Workspace;
struct OrderSnapshot;

/// journey_stage_engagement: among the period's customers, the share who reached the repeat
/// stage (more than one valid order by the period's end), split by exposure. One segments row
/// per step with data: "visit_to_order" from `webConversion` (the web conversion_rate of the
/// period: sessions with a key event / sessions, split by landing-page-prefix rules) when it is
/// available, and "order_to_repeat" (the value itself). Visit → add to cart needs per-visitor
/// cart events, which no imported report holds, so it has no row.
PviResult journeyStageEngagement(const OrderSnapshot& snapshot, const Period& period,
                                 const PviResult& webConversion = {});

/// anomalies: the days of the period whose net revenue deviates from the same weekdays of the
/// previous settings.window weeks (detectAnomalies, daily), one segments row per anomaly;
/// the engine passes the workspace's settings (loadAnomalySettings).
PviResult revenueAnomalies(const OrderSnapshot& snapshot, const Period& period,
                           const AnomalySettings& settings = {});

} // namespace pvi
