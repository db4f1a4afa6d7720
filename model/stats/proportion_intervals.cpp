#include "stats/proportion_intervals.h"

#include <boost/math/distributions/normal.hpp>

#include <cmath>

namespace pvi {

Interval wilsonInterval(const ProportionSummary& arm, double confidence) {
    Interval result;
    if (arm.n <= 0) {
        result.reasons << QStringLiteral("the arm has no visitors");
        return result;
    }
    if (arm.conversions < 0 || arm.conversions > arm.n) {
        result.reasons << QStringLiteral(
            "conversions must be between 0 and the number of visitors");
        return result;
    }
    const double z = boost::math::quantile(
        boost::math::complement(boost::math::normal(), (1.0 - confidence) / 2.0));
    const double n = static_cast<double>(arm.n);
    const double p = arm.rate();
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double center = (p + z2 / (2.0 * n)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    result.estimate = p;
    result.low = center - half;
    result.high = center + half;
    return result;
}

Interval newcombeDifferenceInterval(const ProportionSummary& control,
                                    const ProportionSummary& treatment, double confidence) {
    Interval result;
    const Interval c = wilsonInterval(control, confidence);
    const Interval t = wilsonInterval(treatment, confidence);
    for (const QString& reason : c.reasons)
        result.reasons << QStringLiteral("control: ") + reason;
    for (const QString& reason : t.reasons)
        result.reasons << QStringLiteral("treatment: ") + reason;
    if (!c.defined() || !t.defined())
        return result;
    const double pc = *c.estimate;
    const double pt = *t.estimate;
    const double difference = pt - pc;
    result.estimate = difference;
    result.low = difference - std::hypot(pt - *t.low, *c.high - pc);
    result.high = difference + std::hypot(*t.high - pt, pc - *c.low);
    return result;
}

} // namespace pvi
