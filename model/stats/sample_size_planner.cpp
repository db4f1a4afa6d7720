#include "stats/sample_size_planner.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/tools/roots.hpp>

#include <cmath>
#include <cstdint>
#include <optional>

namespace pvi {

namespace {

const QString kTooFewVisitors =
    QStringLiteral("too few visitors: even the largest possible increase would go undetected");

QStringList invalidInputs(double baseline, double power, double alpha) {
    QStringList reasons;
    if (!(baseline > 0.0 && baseline < 1.0))
        reasons << QStringLiteral("the baseline rate must be between 0 and 1");
    if (!(power > 0.0 && power < 1.0))
        reasons << QStringLiteral("the power must be between 0 and 1");
    if (!(alpha > 0.0 && alpha < 1.0))
        reasons << QStringLiteral("alpha must be between 0 and 1");
    return reasons;
}

/// invalidInputs, and an effect that is 0 or leaves (0, 1).
QStringList invalidPlanInputs(double baseline, double mdeAbsolute, double power, double alpha) {
    QStringList reasons = invalidInputs(baseline, power, alpha);
    if (mdeAbsolute == 0.0 || !std::isfinite(mdeAbsolute))
        reasons << QStringLiteral("the minimum detectable effect must not be 0");
    else if (!(baseline + mdeAbsolute > 0.0 && baseline + mdeAbsolute < 1.0))
        reasons << QStringLiteral("baseline + effect must stay between 0 and 1");
    return reasons;
}

/// The formula's real-valued total N for baseline p, absolute effect d and the control's share s
/// of the visitors (inputs already checked): the variance under the null uses the baseline in
/// both arms (as Evan Miller does), the variance under the alternative each arm's own rate.
double visitorsInTotal(double p, double d, double s, double power, double alpha) {
    const boost::math::normal standard;
    const double zAlpha = boost::math::quantile(boost::math::complement(standard, alpha / 2.0));
    const double zPower = boost::math::quantile(standard, power);
    const double q = p + d;
    const double nullSd = std::sqrt(p * (1.0 - p) * (1.0 / s + 1.0 / (1.0 - s)));
    const double alternativeSd = std::sqrt(p * (1.0 - p) / s + q * (1.0 - q) / (1.0 - s));
    const double root = zAlpha * nullSd + zPower * alternativeSd;
    return root * root / (d * d);
}

/// The formula's real-valued n per arm of a 50/50 test.
double visitorsPerArm(double p, double d, double power, double alpha) {
    return visitorsInTotal(p, d, 0.5, power, alpha) / 2.0;
}

/// The smallest increase d in (0, 1 − p) that `total` visitors detect, or none.
std::optional<double> smallestIncrease(double p, double total, double s, double power,
                                       double alpha) {
    const double low = 1e-12;
    const double high = (1.0 - p) * (1.0 - 1e-12);
    const auto excess = [&](double d) { return visitorsInTotal(p, d, s, power, alpha) - total; };
    if (excess(high) > 0)
        return std::nullopt;
    std::uintmax_t iterations = 200;
    const auto root = boost::math::tools::toms748_solve(
        excess, low, high, boost::math::tools::eps_tolerance<double>(50), iterations);
    return (root.first + root.second) / 2.0;
}

} // namespace

SamplePlan requiredSamplePerArm(double baseline, double mdeAbsolute, double power, double alpha) {
    SamplePlan plan;
    plan.baseline = baseline;
    plan.mdeAbsolute = mdeAbsolute;
    plan.power = power;
    plan.alpha = alpha;
    plan.reasons = invalidPlanInputs(baseline, mdeAbsolute, power, alpha);
    if (!plan.reasons.isEmpty())
        return plan;
    plan.exactPerArm = visitorsPerArm(baseline, mdeAbsolute, power, alpha);
    plan.perArm = static_cast<std::int64_t>(std::llround(*plan.exactPerArm));
    return plan;
}

SamplePlan requiredSamplePerArmRelative(double baseline, double mdeRelative, double power,
                                        double alpha) {
    return requiredSamplePerArm(baseline, baseline * mdeRelative, power, alpha);
}

DetectableEffect detectableEffect(double baseline, double visitorsPerArmAvailable, double power,
                                  double alpha) {
    DetectableEffect result;
    result.reasons = invalidInputs(baseline, power, alpha);
    if (!(visitorsPerArmAvailable > 0))
        result.reasons << QStringLiteral("the test has no visitors per arm yet");
    if (!result.reasons.isEmpty())
        return result;
    // n(d) falls as d grows on (0, 1 − p): bracket the d where n(d) = the visitors available.
    const auto d = smallestIncrease(baseline, 2.0 * visitorsPerArmAvailable, 0.5, power, alpha);
    if (!d) {
        result.reasons << kTooFewVisitors;
        return result;
    }
    result.mdeAbsolute = *d;
    result.mdeRelative = *d / baseline;
    return result;
}

SplitPlan requiredSampleForSplit(double baseline, double mdeAbsolute, double controlShare,
                                 double power, double alpha) {
    SplitPlan plan;
    plan.baseline = baseline;
    plan.mdeAbsolute = mdeAbsolute;
    plan.controlShare = controlShare;
    plan.power = power;
    plan.alpha = alpha;
    plan.reasons = invalidPlanInputs(baseline, mdeAbsolute, power, alpha);
    if (!(controlShare > 0.0 && controlShare < 1.0))
        plan.reasons << QStringLiteral("the control's share must be between 0 and 1");
    if (!plan.reasons.isEmpty())
        return plan;
    plan.exactTotal = visitorsInTotal(baseline, mdeAbsolute, controlShare, power, alpha);
    plan.control = static_cast<std::int64_t>(std::ceil(*plan.exactTotal * controlShare));
    plan.treatment = static_cast<std::int64_t>(std::ceil(*plan.exactTotal * (1.0 - controlShare)));
    return plan;
}

DetectableEffect detectableEffectForSplit(double baseline, double totalVisitors,
                                          double controlShare, double power, double alpha) {
    DetectableEffect result;
    result.reasons = invalidInputs(baseline, power, alpha);
    if (!(controlShare > 0.0 && controlShare < 1.0))
        result.reasons << QStringLiteral("the control's share must be between 0 and 1");
    if (!(totalVisitors > 0))
        result.reasons << QStringLiteral("the test has no visitors yet");
    if (!result.reasons.isEmpty())
        return result;
    const auto d = smallestIncrease(baseline, totalVisitors, controlShare, power, alpha);
    if (!d) {
        result.reasons << kTooFewVisitors;
        return result;
    }
    result.mdeAbsolute = *d;
    result.mdeRelative = *d / baseline;
    return result;
}

} // namespace pvi
