#include "stats/sample_size_planner.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/tools/roots.hpp>

#include <cmath>
#include <cstdint>

namespace pvi {

namespace {

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

/// The formula's real-valued n for baseline p and absolute effect d (inputs already checked).
double visitorsPerArm(double p, double d, double power, double alpha) {
    const boost::math::normal standard;
    const double zAlpha = boost::math::quantile(boost::math::complement(standard, alpha / 2.0));
    const double zPower = boost::math::quantile(standard, power);
    const double q = p + d;
    const double root =
        zAlpha * std::sqrt(2.0 * p * (1.0 - p)) + zPower * std::sqrt(p * (1.0 - p) + q * (1.0 - q));
    return root * root / (d * d);
}

} // namespace

SamplePlan requiredSamplePerArm(double baseline, double mdeAbsolute, double power, double alpha) {
    SamplePlan plan;
    plan.baseline = baseline;
    plan.mdeAbsolute = mdeAbsolute;
    plan.power = power;
    plan.alpha = alpha;
    plan.reasons = invalidInputs(baseline, power, alpha);
    if (mdeAbsolute == 0.0 || !std::isfinite(mdeAbsolute))
        plan.reasons << QStringLiteral("the minimum detectable effect must not be 0");
    else if (!(baseline + mdeAbsolute > 0.0 && baseline + mdeAbsolute < 1.0))
        plan.reasons << QStringLiteral("baseline + effect must stay between 0 and 1");
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
    const double low = 1e-12;
    const double high = (1.0 - baseline) * (1.0 - 1e-12);
    const auto excess = [&](double d) {
        return visitorsPerArm(baseline, d, power, alpha) - visitorsPerArmAvailable;
    };
    if (excess(high) > 0) {
        result.reasons << QStringLiteral(
            "too few visitors: even the largest possible increase would go undetected");
        return result;
    }
    std::uintmax_t iterations = 200;
    const auto root = boost::math::tools::toms748_solve(
        excess, low, high, boost::math::tools::eps_tolerance<double>(50), iterations);
    const double d = (root.first + root.second) / 2.0;
    result.mdeAbsolute = d;
    result.mdeRelative = d / baseline;
    return result;
}

} // namespace pvi
