#pragma once

#include "stats/proportion_summary.h"
#include "stats/stat_results.h"

namespace pvi {

/// Wilson score interval of one arm's conversion rate (estimate = the rate). Undefined for an
/// empty arm.
Interval wilsonInterval(const ProportionSummary& arm, double confidence = 0.95);

/// Newcombe's hybrid score interval (method 10 of Newcombe 1998) of the difference of rates
/// treatment − control, built from the two Wilson intervals (estimate = the difference).
/// Undefined when an arm is empty.
Interval newcombeDifferenceInterval(const ProportionSummary& control,
                                    const ProportionSummary& treatment, double confidence = 0.95);

} // namespace pvi
