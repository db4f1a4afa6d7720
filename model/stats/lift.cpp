#include "stats/lift.h"

#include <boost/math/distributions/normal.hpp>

#include <cmath>

namespace pvi {

namespace {

double twoSidedZ(double confidence) {
    return boost::math::quantile(
        boost::math::complement(boost::math::normal(), (1.0 - confidence) / 2.0));
}

} // namespace

Interval rateLift(const ProportionSummary& control, const ProportionSummary& treatment,
                  double confidence) {
    Interval result;
    if (control.n <= 0 || treatment.n <= 0) {
        result.reasons << QStringLiteral("an arm has no visitors");
        return result;
    }
    if (control.conversions <= 0) {
        result.reasons << QStringLiteral(
            "the control arm has no conversions, so a relative lift is undefined");
        return result;
    }
    const double ratio = treatment.rate() / control.rate();
    result.estimate = (ratio - 1.0) * 100.0;
    if (treatment.conversions <= 0) {
        result.reasons << QStringLiteral(
            "the treatment arm has no conversions, so the log interval of the lift is undefined");
        return result;
    }
    const double se = std::sqrt(
        1.0 / static_cast<double>(treatment.conversions) - 1.0 / static_cast<double>(treatment.n) +
        1.0 / static_cast<double>(control.conversions) - 1.0 / static_cast<double>(control.n));
    const double z = twoSidedZ(confidence);
    result.low = (ratio * std::exp(-z * se) - 1.0) * 100.0;
    result.high = (ratio * std::exp(z * se) - 1.0) * 100.0;
    return result;
}

Interval meanLift(const MeanSummary& control, const MeanSummary& treatment, double confidence) {
    Interval result;
    if (control.n < 2 || treatment.n < 2) {
        result.reasons << QStringLiteral("each arm needs at least 2 units for a variance");
        return result;
    }
    const double meanControl = control.mean();
    const double meanTreatment = treatment.mean();
    if (meanControl == 0.0) {
        result.reasons << QStringLiteral("the control mean is 0, so a relative lift is undefined");
        return result;
    }
    const double lift = meanTreatment / meanControl - 1.0;
    result.estimate = lift * 100.0;
    const double c2 = meanControl * meanControl;
    const double variance = treatment.variance() / (static_cast<double>(treatment.n) * c2) +
                            control.variance() * meanTreatment * meanTreatment /
                                (static_cast<double>(control.n) * c2 * c2);
    const double half = twoSidedZ(confidence) * std::sqrt(variance);
    result.low = (lift - half) * 100.0;
    result.high = (lift + half) * 100.0;
    return result;
}

} // namespace pvi
