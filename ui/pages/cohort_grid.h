#pragma once

#include "analytics/cohorts/cohort_curve.h"
#include "charts/chart_data.h"

#include <vector>

namespace pvi {

/// The cohort rows as the heat map draws them: one measure per cell, the active share as a
/// fraction (0..1), orders and revenue per customer as they are; a value that is not finite
/// is left empty.
CohortGrid cohortGrid(const std::vector<CohortRow>& rows,
                      CohortMeasure measure = CohortMeasure::ActivePercent);

} // namespace pvi
