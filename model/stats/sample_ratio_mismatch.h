#pragma once

#include "stats/stat_results.h"

#include <cstdint>

namespace pvi {

/// Sample-ratio mismatch check: chi-square goodness of fit (1 degree of freedom) of the observed
/// visitors per arm against the planned split. `mismatch` is set when p < `threshold`.
struct SrmResult {
    TestResult test;
    bool mismatch = false;
};

/// `plannedControlShare` is the share of visitors planned for the control arm, in (0, 1).
SrmResult sampleRatioMismatch(std::int64_t controlVisitors, std::int64_t treatmentVisitors,
                              double plannedControlShare = 0.5, double threshold = 0.001);

} // namespace pvi
