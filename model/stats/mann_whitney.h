#pragma once

#include "stats/stat_results.h"

#include <span>

namespace pvi {

/// Mann–Whitney U test, two-sided, normal approximation with the tie correction of the variance
/// and a continuity correction of 0.5 (scipy.stats.mannwhitneyu with method='asymptotic',
/// use_continuity=True). The statistic is U of the treatment: pairs where the treatment value is
/// larger, ties counting one half. Undefined for an empty arm or when every value is equal.
TestResult mannWhitneyU(std::span<const double> control, std::span<const double> treatment);

} // namespace pvi
