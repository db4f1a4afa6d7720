#pragma once
// 95% intervals of one group's survey score, for the personalized vs generic comparison of the
// Customer experience page.

#include "stats/mean_summary.h"
#include "stats/stat_results.h"

#include <cstdint>

namespace pvi {

/// The NPS of one group, (promoters − detractors) / n × 100, with the normal interval
/// NPS ± z·√Var, Var = (p_P + p_D − (p_P − p_D)²) / n × 100², kept within [−100, 100]. Undefined
/// (reasons set) when n is 0.
Interval npsInterval(std::int64_t n, std::int64_t promoters, std::int64_t detractors,
                     double confidence = 0.95);

/// A mean with its t interval mean ± t(n − 1)·s/√n. The estimate alone when n < 2 (reasons
/// set); undefined when n is 0.
Interval meanInterval(const MeanSummary& summary, double confidence = 0.95);

} // namespace pvi
