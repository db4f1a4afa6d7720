#pragma once

#include "stats/proportion_summary.h"
#include "stats/stat_results.h"

namespace pvi {

/// Bayesian probability that the treatment's rate exceeds the control's, with Beta(1, 1) priors
/// (posteriors Beta(1 + conversions, 1 + non-conversions)), computed exactly with Evan Miller's
/// closed-form sum in log space (each term from the previous one by its ratio, re-anchored
/// on exact lgamma values every 256 terms). Of the four equivalent sums the shortest is used, so
/// the cost is min(conversions, non-conversions) + 1 terms. Undefined only for invalid counts; an
/// empty arm keeps its uniform prior.
Estimate probabilityToBeat(const ProportionSummary& control, const ProportionSummary& treatment);

} // namespace pvi
