#pragma once

#include "stats/mean_summary.h"
#include "stats/proportion_summary.h"
#include "stats/stat_results.h"

namespace pvi {

/// Lift of the treatment's rate over the control's, in percent ((t − c) / c × 100), with its
/// confidence interval by the Katz log method for the ratio of two proportions:
/// log(RR) ± z·√(1/x_t − 1/n_t + 1/x_c − 1/n_c), mapped back to percent. The estimate is set
/// whenever the control rate is positive; the interval needs conversions in both arms.
Interval rateLift(const ProportionSummary& control, const ProportionSummary& treatment,
                  double confidence = 0.95);

/// Lift of the treatment's mean over the control's, in percent, with its confidence interval by
/// the delta method on the relative difference (as GrowthBook's engine does):
/// Var(m_t/m_c − 1) ≈ s_t²/(n_t m_c²) + s_c² m_t²/(n_c m_c⁴), interval estimate ± z·√Var.
/// Undefined when the control mean is 0 or an arm has fewer than 2 units.
Interval meanLift(const MeanSummary& control, const MeanSummary& treatment,
                  double confidence = 0.95);

} // namespace pvi
