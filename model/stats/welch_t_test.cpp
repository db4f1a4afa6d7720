#include "stats/welch_t_test.h"

#include <boost/math/distributions/students_t.hpp>

#include <cmath>

namespace pvi {

WelchResult welchTTest(const MeanSummary& control, const MeanSummary& treatment,
                       double confidence) {
    WelchResult result;
    if (control.n > 0 && treatment.n > 0)
        result.difference = treatment.mean() - control.mean();
    if (control.n < 2)
        result.reasons << QStringLiteral("the control arm needs at least 2 units for a variance");
    if (treatment.n < 2)
        result.reasons << QStringLiteral("the treatment arm needs at least 2 units for a variance");
    if (!result.reasons.isEmpty())
        return result;
    const double shareControl = control.variance() / static_cast<double>(control.n);
    const double shareTreatment = treatment.variance() / static_cast<double>(treatment.n);
    const double variance = shareControl + shareTreatment;
    if (!(variance > 0)) {
        result.reasons << QStringLiteral("both arms have zero variance (every value is the same)");
        return result;
    }
    const double se = std::sqrt(variance);
    const double df = variance * variance /
                      (shareControl * shareControl / static_cast<double>(control.n - 1) +
                       shareTreatment * shareTreatment / static_cast<double>(treatment.n - 1));
    const double t = *result.difference / se;
    const boost::math::students_t law(df);
    result.statistic = t;
    result.degreesOfFreedom = df;
    result.pValue =
        std::min(1.0, 2.0 * boost::math::cdf(boost::math::complement(law, std::fabs(t))));
    const double critical =
        boost::math::quantile(boost::math::complement(law, (1.0 - confidence) / 2.0));
    result.ciLow = *result.difference - critical * se;
    result.ciHigh = *result.difference + critical * se;
    return result;
}

} // namespace pvi
