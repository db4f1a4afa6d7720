#pragma once

#include "stats/stat_results.h"

#include <cstdint>
#include <optional>

namespace pvi {

/// Sufficient statistics of paired values (y, x) in one arm: the outcome y (revenue during the
/// test) and its pre-period covariate x (revenue before it). Summaries of disjoint groups add up.
struct PairedSummary {
    std::int64_t n = 0;
    double sumX = 0;
    double sumY = 0;
    double sumXX = 0;
    double sumYY = 0;
    double sumXY = 0;

    /// Adds one unit.
    void add(double y, double x);
    /// The summary of both groups together.
    PairedSummary operator+(const PairedSummary& other) const;
};

/// A treatment effect on a mean, plain and adjusted with a pre-period covariate (CUPED:
/// Deng, Xu, Kohavi & Walker, "Improving the sensitivity of online controlled experiments by
/// utilizing pre-experiment data", WSDM 2013).
struct CupedResult {
    Interval plain;    ///< ȳ_t − ȳ_c with the pooled-variance t interval (OLS y ~ treatment)
    Interval adjusted; ///< the CUPED difference with its t interval (OLS y ~ treatment + x)
    std::optional<double> plainStandardError;
    std::optional<double> adjustedStandardError;
    std::optional<double> theta;             ///< pooled within-arm cov(x, y) / var(x)
    std::optional<double> varianceReduction; ///< 1 − Var(adjusted) / Var(plain)
    std::optional<double> correlation;       ///< pooled within-arm correlation of x and y
    QStringList reasons;                     ///< why nothing is defined
};

/// CUPED with θ = Σ_arms Σ(x − x̄_arm)(y − ȳ_arm) / Σ_arms Σ(x − x̄_arm)² (the pooled within-arm
/// slope): the adjusted difference (ȳ_t − ȳ_c) − θ(x̄_t − x̄_c) equals the treatment coefficient
/// of the OLS fit y ~ treatment + x, and its standard error is that fit's classical one,
/// σ̂²(1/n_t + 1/n_c + (x̄_t − x̄_c)² / Sxx) with σ̂² = RSS / (n − 3); intervals use Student's t
/// with n − 3 (plain: n − 2) degrees of freedom at `confidence`.
CupedResult cupedDifference(const PairedSummary& control, const PairedSummary& treatment,
                            double confidence = 0.95);

} // namespace pvi
