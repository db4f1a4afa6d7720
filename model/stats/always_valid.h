#pragma once

#include "stats/proportion_summary.h"
#include "stats/stat_results.h"

namespace pvi {

/// An always-valid comparison of two conversion rates: it may be looked at after every visitor
/// and the test stopped the first time `mayStop` is true, without inflating the error rate.
struct AlwaysValidResult {
    std::optional<double> difference;      ///< treatment rate − control rate
    std::optional<double> likelihoodRatio; ///< the mixture likelihood ratio against no difference
    std::optional<double> pValue;          ///< min(1, 1 / likelihoodRatio)
    Interval differenceSequence;           ///< the confidence sequence for the difference now
    double alpha = 0.05;
    double tauRelative = 0.2; ///< the mixing standard deviation as a share of the pooled rate
    double tau2 = 0;          ///< the mixing variance τ² on the difference's scale
    double variance = 0;      ///< V = p_c(1−p_c)/n_c + p_t(1−p_t)/n_t
    bool mayStop = false;     ///< likelihoodRatio ≥ 1/α: the difference is established
    QStringList reasons;      ///< why nothing is defined
};

/// The normal-mixture sequential probability ratio test (mSPRT) of Johari, Pekelis & Walsh,
/// "Always valid inference: continuous monitoring of A/B tests" (Operations Research 70(3),
/// 2022; arXiv 1512.04922, 2015), for the difference θ of two rates with its plug-in variance
/// V and a N(0, τ²) mixture over θ, τ = tauRelative × the pooled rate:
///   Λ = √(V/(V+τ²)) · exp(θ̂²τ² / (2V(V+τ²))),
/// always-valid p-value 1/Λ and confidence sequence
///   θ̂ ± √(V(V+τ²)/τ² · (2 ln(1/α) + ln((V+τ²)/V))).
/// Computed from the current totals alone (the running minimum of p over past looks would be
/// at least as small, so this is conservative).
AlwaysValidResult alwaysValidDifference(const ProportionSummary& control,
                                        const ProportionSummary& treatment, double alpha = 0.05,
                                        double tauRelative = 0.2);

} // namespace pvi
