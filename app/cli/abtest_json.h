#pragma once
// JSON for `pvi abtest` (see docs/cli-abtest.md): undefined values are null and the reasons
// are listed; numbers keep full double precision.

#include "cli/json_values.h"
#include "stats/rate_comparison.h"
#include "stats/sample_size_planner.h"

#include <QJsonObject>

namespace pvi::cli {

/// The rate comparison of two arms in the documented shape.
QJsonObject rateComparisonJson(const RateComparison& comparison, double plannedControlShare);

/// The sample-size plan in the documented shape.
QJsonObject samplePlanJson(const SamplePlan& plan);

} // namespace pvi::cli
