#include "stats/sample_ratio_mismatch.h"

#include <boost/math/distributions/chi_squared.hpp>

namespace pvi {

SrmResult sampleRatioMismatch(std::int64_t controlVisitors, std::int64_t treatmentVisitors,
                              double plannedControlShare, double threshold) {
    SrmResult result;
    if (!(plannedControlShare > 0.0 && plannedControlShare < 1.0)) {
        result.test.reasons << QStringLiteral(
            "the planned split must give each arm a share between 0 and 1");
        return result;
    }
    if (controlVisitors < 0 || treatmentVisitors < 0 || controlVisitors + treatmentVisitors == 0) {
        result.test.reasons << QStringLiteral("no visitors to compare with the planned split");
        return result;
    }
    const double total = static_cast<double>(controlVisitors + treatmentVisitors);
    const double expectedControl = total * plannedControlShare;
    const double expectedTreatment = total * (1.0 - plannedControlShare);
    const double dc = static_cast<double>(controlVisitors) - expectedControl;
    const double dt = static_cast<double>(treatmentVisitors) - expectedTreatment;
    const double statistic = dc * dc / expectedControl + dt * dt / expectedTreatment;
    const boost::math::chi_squared law(1.0);
    result.test.statistic = statistic;
    result.test.pValue = boost::math::cdf(boost::math::complement(law, statistic));
    result.mismatch = *result.test.pValue < threshold;
    return result;
}

} // namespace pvi
