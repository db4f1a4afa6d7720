#include "stats/always_valid.h"

#include <cmath>

namespace pvi {

AlwaysValidResult alwaysValidDifference(const ProportionSummary& control,
                                        const ProportionSummary& treatment, double alpha,
                                        double tauRelative) {
    AlwaysValidResult r;
    r.alpha = alpha;
    r.tauRelative = tauRelative;
    if (control.n <= 0 || treatment.n <= 0) {
        r.reasons << QStringLiteral("an arm has no visitors yet");
        r.differenceSequence.reasons = r.reasons;
        return r;
    }
    const double pc = control.rate();
    const double pt = treatment.rate();
    r.difference = pt - pc;
    r.differenceSequence.estimate = r.difference;
    r.variance = pc * (1.0 - pc) / double(control.n) + pt * (1.0 - pt) / double(treatment.n);
    const double pooled = (control + treatment).rate();
    r.tau2 = std::pow(tauRelative * pooled, 2);
    if (!(r.variance > 0.0) || !(r.tau2 > 0.0)) {
        r.reasons << QStringLiteral(
            "no arm has both converting and non-converting visitors, so the variance is 0");
        r.differenceSequence.reasons = r.reasons;
        return r;
    }
    const double v = r.variance;
    const double t2 = r.tau2;
    const double d = *r.difference;
    const double logRatio = 0.5 * std::log(v / (v + t2)) + d * d * t2 / (2.0 * v * (v + t2));
    r.likelihoodRatio = std::exp(logRatio);
    r.pValue = std::min(1.0, std::exp(-logRatio));
    r.mayStop = logRatio >= std::log(1.0 / alpha);
    const double half =
        std::sqrt(v * (v + t2) / t2 * (2.0 * std::log(1.0 / alpha) + std::log((v + t2) / v)));
    r.differenceSequence.low = d - half;
    r.differenceSequence.high = d + half;
    return r;
}

} // namespace pvi
