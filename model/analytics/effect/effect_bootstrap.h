#pragma once
// The estimates of the selection-adjusted effect with their percentile bootstrap intervals
// (docs/effect.md): the naive comparison of every start with every candidate, and the matched
// and difference-in-differences estimates over the matched pairs.

#include "analytics/effect/effect_index_events.h"
#include "stats/mersenne_twister_64.h"

#include <vector>

namespace pvi {

/// A start and the mean of its matches: outcomes and covariates.
struct MatchedPair {
    double exposedAfter = 0;
    double exposedBefore = 0;
    double controlAfter = 0;
    double controlBefore = 0;
    std::vector<double> exposedCovariates;
    std::vector<double> controlCovariates;
};

/// Every start against every candidate; the interval resamples the starts and, separately,
/// the candidates by customer (a customer's candidate days are not independent).
EffectEstimate naiveEstimate(const EffectIndex& index, std::size_t replicates,
                             MersenneTwister64& rng);

struct MatchedEstimates {
    EffectEstimate matched;                 ///< with its relative difference when defined
    EffectEstimate differenceInDifferences; ///< each pair against its own days before
};

/// The matched and difference-in-differences estimates, resampling the pairs as units (Austin
/// & Small 2014, for matching without replacement). `pairs` must not be empty.
MatchedEstimates matchedEstimates(const std::vector<MatchedPair>& pairs, std::size_t replicates,
                                  MersenneTwister64& rng);

} // namespace pvi
