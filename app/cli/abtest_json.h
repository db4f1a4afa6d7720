#pragma once
// JSON for `pvi abtest` (see docs/cli-abtest.md): undefined values are null and the reasons
// are listed; numbers keep full double precision.

#include "stats/rate_comparison.h"
#include "stats/sample_size_planner.h"

#include <QJsonObject>

namespace pvi::cli {

/// The rate comparison of two arms in the documented shape.
QJsonObject rateComparisonJson(const RateComparison& comparison, double plannedControlShare);

/// The sample-size plan in the documented shape.
QJsonObject samplePlanJson(const SamplePlan& plan);

/// An optional number as JSON: the value, or null.
QJsonValue jsonNumber(const std::optional<double>& value);

/// An interval as [low, high], or null when undefined.
QJsonValue jsonInterval(const std::optional<double>& low, const std::optional<double>& high);

} // namespace pvi::cli
