#include "pvi/surveys/survey_scores.h"

#include <QCoreApplication>

#include <boost/math/distributions/normal.hpp>

#include <cmath>

namespace pvi {

void NpsSummary::add(double score) {
    ++n;
    if (score >= 9)
        ++promoters;
    else if (score <= 6)
        ++detractors;
}

double NpsSummary::nps() const {
    return n > 0 ? double(promoters - detractors) / double(n) * 100.0 : 0.0;
}

double NpsSummary::variance() const {
    if (n == 0)
        return 0;
    const double p = double(promoters) / double(n);
    const double d = double(detractors) / double(n);
    return (p + d - (p - d) * (p - d)) / double(n) * 100.0 * 100.0;
}

NpsDifference npsDifference(const NpsSummary& control, const NpsSummary& treatment,
                            double confidence) {
    NpsDifference result;
    if (control.n == 0 || treatment.n == 0) {
        const QString reason =
            QCoreApplication::translate("pvi::PviReason", "a group has no answers");
        result.difference.reasons << reason;
        result.test.reasons << reason;
        return result;
    }
    const double d = treatment.nps() - control.nps();
    result.difference.estimate = d;
    const double se = std::sqrt(treatment.variance() + control.variance());
    if (!(se > 0)) {
        const QString reason = QCoreApplication::translate(
            "pvi::PviReason", "both groups answered all alike (no variance)");
        result.difference.reasons << reason;
        result.test.reasons << reason;
        return result;
    }
    const boost::math::normal normal;
    const double z = boost::math::quantile(normal, 0.5 + confidence / 2.0);
    result.difference.low = d - z * se;
    result.difference.high = d + z * se;
    const double statistic = d / se;
    result.test.statistic = statistic;
    result.test.pValue =
        2.0 * boost::math::cdf(boost::math::complement(normal, std::fabs(statistic)));
    return result;
}

double toNpsScale(double score, double min, double max) {
    if (min == 0 && max == 10)
        return score;
    return max > min ? (score - min) / (max - min) * 10.0 : score;
}

bool isCsatTopBox(double score, double max) {
    return score >= max - 1;
}

double cesValue(double score, double min, double max, double cesMin, double cesMax,
                bool higherIsEasier) {
    double value = score;
    if (max > min && (min != cesMin || max != cesMax))
        value = cesMin + (score - min) / (max - min) * (cesMax - cesMin);
    return higherIsEasier ? value : cesMin + cesMax - value;
}

double likertPercent(double score, double min, double max) {
    return max > min ? (score - min) / (max - min) * 100.0 : 0.0;
}

} // namespace pvi
