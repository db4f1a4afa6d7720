#include "analytics/surveys/score_intervals.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>

namespace pvi {

Interval npsInterval(std::int64_t n, std::int64_t promoters, std::int64_t detractors,
                     double confidence) {
    Interval result;
    if (n <= 0) {
        result.reasons << QStringLiteral("no answers");
        return result;
    }
    const double pP = static_cast<double>(promoters) / static_cast<double>(n);
    const double pD = static_cast<double>(detractors) / static_cast<double>(n);
    const double nps = (pP - pD) * 100.0;
    result.estimate = nps;
    const double variance =
        std::max(0.0, pP + pD - (pP - pD) * (pP - pD)) / static_cast<double>(n) * 1e4;
    const double z = boost::math::quantile(
        boost::math::complement(boost::math::normal(), (1.0 - confidence) / 2.0));
    const double half = z * std::sqrt(variance);
    result.low = std::max(-100.0, nps - half);
    result.high = std::min(100.0, nps + half);
    return result;
}

Interval meanInterval(const MeanSummary& summary, double confidence) {
    Interval result;
    if (summary.n <= 0) {
        result.reasons << QStringLiteral("no answers");
        return result;
    }
    result.estimate = summary.mean();
    if (summary.n < 2) {
        result.reasons << QStringLiteral("one answer gives no interval");
        return result;
    }
    const boost::math::students_t law(static_cast<double>(summary.n - 1));
    const double t = boost::math::quantile(boost::math::complement(law, (1.0 - confidence) / 2.0));
    const double half = t * std::sqrt(summary.variance() / static_cast<double>(summary.n));
    result.low = summary.mean() - half;
    result.high = summary.mean() + half;
    return result;
}

} // namespace pvi
