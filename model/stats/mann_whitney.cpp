#include "stats/mann_whitney.h"

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace pvi {

TestResult mannWhitneyU(std::span<const double> control, std::span<const double> treatment) {
    TestResult result;
    if (control.empty())
        result.reasons << QStringLiteral("the control arm has no values");
    if (treatment.empty())
        result.reasons << QStringLiteral("the treatment arm has no values");
    if (!result.reasons.isEmpty())
        return result;

    // Pool the values, tagged with their arm (true = treatment), and rank them with mid-ranks.
    std::vector<std::pair<double, bool>> pooled;
    pooled.reserve(control.size() + treatment.size());
    for (double value : control)
        pooled.emplace_back(value, false);
    for (double value : treatment)
        pooled.emplace_back(value, true);
    std::sort(pooled.begin(), pooled.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });

    const double n = static_cast<double>(pooled.size());
    double rankSumTreatment = 0;
    double tieTerm = 0; // Σ (t³ − t) over groups of tied values
    for (std::size_t first = 0; first < pooled.size();) {
        std::size_t last = first;
        while (last + 1 < pooled.size() && pooled[last + 1].first == pooled[first].first)
            ++last;
        const double midRank = (static_cast<double>(first) + static_cast<double>(last)) / 2.0 + 1.0;
        const double ties = static_cast<double>(last - first + 1);
        tieTerm += ties * ties * ties - ties;
        for (std::size_t i = first; i <= last; ++i) {
            if (pooled[i].second)
                rankSumTreatment += midRank;
        }
        first = last + 1;
    }
    const double nT = static_cast<double>(treatment.size());
    const double nC = static_cast<double>(control.size());
    const double uTreatment = rankSumTreatment - nT * (nT + 1.0) / 2.0;
    const double mean = nT * nC / 2.0;
    const double variance = nT * nC / 12.0 * ((n + 1.0) - tieTerm / (n * (n - 1.0)));
    result.statistic = uTreatment;
    if (!(variance > 0)) {
        result.reasons << QStringLiteral(
            "every value is the same, so the ranks carry no information");
        return result;
    }
    // Two-sided: the larger of the two U values, moved half a unit towards the mean.
    const double uLarger = std::max(uTreatment, nT * nC - uTreatment);
    const double z = (uLarger - mean - 0.5) / std::sqrt(variance);
    const boost::math::normal standard;
    result.pValue =
        std::clamp(2.0 * boost::math::cdf(boost::math::complement(standard, z)), 0.0, 1.0);
    return result;
}

} // namespace pvi
