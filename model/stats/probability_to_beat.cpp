#include "stats/probability_to_beat.h"

#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace pvi {

namespace {

double logBeta(double a, double b) {
    return boost::math::lgamma(a) + boost::math::lgamma(b) - boost::math::lgamma(a + b);
}

/// P(X2 > X1) for X1 ~ Beta(a1, b1), X2 ~ Beta(a2, b2) with integer a2 (Evan Miller, "Formulas
/// for Bayesian A/B Testing"): Σ_{i=0}^{a2−1} B(a1+i, b1+b2) / ((b2+i) B(1+i, b2) B(a1, b1)).
double probabilityGreater(double a1, double b1, std::int64_t a2, double b2) {
    const double constant = logBeta(a1, b1);
    const auto exactLogTerm = [&](double i) {
        return logBeta(a1 + i, b1 + b2) - std::log(b2 + i) - logBeta(1.0 + i, b2) - constant;
    };
    // Consecutive terms differ by the factor (a1+i)(b2+i) / ((a1+b1+b2+i)(1+i)); the log of the
    // term follows that ratio and is recomputed exactly every 256 terms so rounding cannot drift.
    constexpr std::int64_t kAnchorEvery = 256;
    double logTerm = 0;
    double sum = 0;
    double compensation = 0; // Kahan summation: up to a million positive terms
    for (std::int64_t k = 0; k < a2; ++k) {
        const double i = static_cast<double>(k);
        if (k % kAnchorEvery == 0) {
            logTerm = exactLogTerm(i);
        } else {
            const double previous = i - 1.0;
            logTerm += std::log((a1 + previous) * (b2 + previous) /
                                ((a1 + b1 + b2 + previous) * (1.0 + previous)));
        }
        const double y = std::exp(logTerm) - compensation;
        const double t = sum + y;
        compensation = (t - sum) - y;
        sum = t;
    }
    return sum;
}

} // namespace

Estimate probabilityToBeat(const ProportionSummary& control, const ProportionSummary& treatment) {
    Estimate result;
    for (const auto* arm : {&control, &treatment}) {
        if (arm->n < 0 || arm->conversions < 0 || arm->conversions > arm->n) {
            result.reasons << QStringLiteral(
                "conversions must be between 0 and the number of visitors");
            return result;
        }
    }
    if (control.n == 0 || treatment.n == 0) {
        result.reasons << QStringLiteral("an arm has no visitors, so only the prior would speak");
        return result;
    }
    const std::int64_t aC = 1 + control.conversions, bC = 1 + control.failures();
    const std::int64_t aT = 1 + treatment.conversions, bT = 1 + treatment.failures();
    const auto d = [](std::int64_t v) { return static_cast<double>(v); };
    // P(pT > pC) four ways (swapping the arms, or the roles of successes and failures, since
    // 1 − p ~ Beta(b, a)); each sums over one of the four shape parameters.
    const std::int64_t shortest = std::min({aT, aC, bC, bT});
    double p = 0;
    if (shortest == aT)
        p = probabilityGreater(d(aC), d(bC), aT, d(bT));
    else if (shortest == aC)
        p = 1.0 - probabilityGreater(d(aT), d(bT), aC, d(bC));
    else if (shortest == bC) // P(1 − pC > 1 − pT)
        p = probabilityGreater(d(bT), d(aT), bC, d(aC));
    else
        p = 1.0 - probabilityGreater(d(bC), d(aC), bT, d(aT));
    result.value = std::clamp(p, 0.0, 1.0);
    return result;
}

} // namespace pvi
