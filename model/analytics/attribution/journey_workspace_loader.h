#pragma once

#include "analytics/attribution/journey_load_result.h"

namespace pvi {

class Workspace;

/// Reads journeys from a workspace (never throws; database errors come back as the error).
///
/// When the `touchpoints` or `conversions` table has rows, journeys are those tables' journey
/// keys: touches from `touchpoints` (touched_at, channel, personalized), conversions from
/// `conversions` (converted, converted_at, value; a key converting twice is an error).
///
/// Otherwise journeys come from the valid orders, a weak signal noted in the result: each valid
/// order is a converted journey (key "order:<id>", converted at created_at, value net_revenue)
/// with a single generic touch, the order's own `channel` (or "unknown" when empty) at the
/// order's time. Every model then credits each channel with its own orders and revenue.
/// Timestamps are read as the CSV importers write them and compared in UTC.
JourneyLoadResult loadJourneysFromWorkspace(Workspace& workspace);

} // namespace pvi
