#pragma once

#include "stats/stat_results.h"

#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace pvi {

/// One concluded test as the shrinkage sees it: its measured effect on the log scale with its
/// sampling variance, and the weight that turns a rate ratio into a gain (extra conversions per
/// unit of lift, e.g. treatment visitors × control rate).
struct ShrinkageInput {
    double logRatio = 0; ///< log(p_t / p_c)
    double variance = 0; ///< its sampling variance (Katz: (1−p_t)/x_t + (1−p_c)/x_c)
    double gainWeight = 0;
};

/// A test's effect after shrinkage: posterior summaries of its true log rate ratio.
struct ShrunkEffect {
    double rawLogRatio = 0;
    double mean = 0;                ///< posterior mean of the true log rate ratio
    double sd = 0;                  ///< its posterior standard deviation
    double low = 0;                 ///< 2.5% posterior quantile
    double high = 0;                ///< 97.5% posterior quantile
    double probabilityPositive = 0; ///< posterior P(true log rate ratio > 0)
};

/// Empirical-Bayes shrinkage of a portfolio of tests.
struct PortfolioShrinkage {
    std::vector<ShrunkEffect> tests;           ///< same order as the input
    Interval overallLogRatio;                  ///< the portfolio's mean true log rate ratio μ
    std::optional<double> tauMode;             ///< τ at the maximum of its restricted likelihood
    std::optional<double> tauDerSimonianLaird; ///< the method-of-moments τ, for reference
    std::optional<double> tauMean;             ///< posterior mean of τ
    Interval totalGain;                        ///< Σ weight × (e^θ − 1), posterior
    std::optional<double> rawTotalGain;        ///< Σ weight × (e^y − 1), as measured
    QStringList reasons;                       ///< why nothing is defined
};

/// Normal–normal hierarchical model on the log rate ratios: y_i ~ N(θ_i, s_i²),
/// θ_i ~ N(μ, τ²), flat priors on μ and on τ ≥ 0. τ is not plugged in: its posterior (the
/// restricted likelihood of the random-effects meta-analysis, Gelman et al., Bayesian Data
/// Analysis, 3rd ed., §5.4–5.5) is evaluated on a grid and integrated over, so each test's
/// interval carries the uncertainty of μ and τ. Summaries come from `draws` posterior draws
/// (seeded: the same input always gives the same numbers). Needs at least 3 tests with a
/// positive variance (with fewer the posterior of τ is improper).
PortfolioShrinkage shrinkPortfolio(const std::vector<ShrinkageInput>& tests, int draws = 4000,
                                   std::uint64_t seed = 20261206);

/// DerSimonian–Laird's method-of-moments between-test variance τ² (0 when the tests agree more
/// than their sampling variances allow); none with fewer than 2 tests.
std::optional<double> derSimonianLairdTau2(const std::vector<ShrinkageInput>& tests);

} // namespace pvi
