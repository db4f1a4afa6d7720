#include "stats/proportion_tests.h"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/hypergeometric.hpp>
#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>

namespace pvi {

namespace {

QString emptyArmReason(const ProportionSummary& control, const ProportionSummary& treatment) {
    if (control.n <= 0 && treatment.n <= 0)
        return QStringLiteral("both arms are empty");
    if (control.n <= 0)
        return QStringLiteral("the control arm has no visitors");
    if (treatment.n <= 0)
        return QStringLiteral("the treatment arm has no visitors");
    return {};
}

QString invalidCountsReason(const ProportionSummary& control, const ProportionSummary& treatment) {
    for (const auto* arm : {&control, &treatment}) {
        if (arm->n < 0 || arm->conversions < 0 || arm->conversions > arm->n)
            return QStringLiteral("conversions must be between 0 and the number of visitors");
    }
    return {};
}

QString precondition(const ProportionSummary& control, const ProportionSummary& treatment) {
    QString reason = invalidCountsReason(control, treatment);
    return reason.isEmpty() ? emptyArmReason(control, treatment) : reason;
}

/// Why a test on the pooled table is undefined: bad counts, an empty arm, or no variation.
QString degenerateTableReason(const ProportionSummary& control,
                              const ProportionSummary& treatment) {
    if (QString reason = precondition(control, treatment); !reason.isEmpty())
        return reason;
    const ProportionSummary pooled = control + treatment;
    if (pooled.conversions == 0)
        return QStringLiteral("no visitor converted in either arm");
    if (pooled.conversions == pooled.n)
        return QStringLiteral("every visitor converted in both arms");
    return {};
}

double twoSidedNormalP(double z) {
    const boost::math::normal standard;
    return std::min(1.0, 2.0 * boost::math::cdf(boost::math::complement(standard, std::fabs(z))));
}

} // namespace

TestResult twoProportionZTest(const ProportionSummary& control,
                              const ProportionSummary& treatment) {
    TestResult result;
    if (const QString reason = degenerateTableReason(control, treatment); !reason.isEmpty()) {
        result.reasons << reason;
        return result;
    }
    const ProportionSummary pooled = control + treatment;
    const double p = pooled.rate();
    const double se =
        std::sqrt(p * (1.0 - p) *
                  (1.0 / static_cast<double>(control.n) + 1.0 / static_cast<double>(treatment.n)));
    const double z = (treatment.rate() - control.rate()) / se;
    result.statistic = z;
    result.pValue = twoSidedNormalP(z);
    return result;
}

TestResult chiSquareTest(const ProportionSummary& control, const ProportionSummary& treatment,
                         bool yates) {
    TestResult result;
    if (const QString reason = degenerateTableReason(control, treatment); !reason.isEmpty()) {
        result.reasons << reason;
        return result;
    }
    const ProportionSummary pooled = control + treatment;
    const double total = static_cast<double>(pooled.n);
    const std::array<double, 2> rows{static_cast<double>(control.n),
                                     static_cast<double>(treatment.n)};
    const std::array<double, 2> columns{static_cast<double>(pooled.conversions),
                                        static_cast<double>(pooled.failures())};
    const std::array<std::array<double, 2>, 2> observed{
        {{static_cast<double>(control.conversions), static_cast<double>(control.failures())},
         {static_cast<double>(treatment.conversions), static_cast<double>(treatment.failures())}}};
    double statistic = 0;
    for (std::size_t r = 0; r < 2; ++r) {
        for (std::size_t c = 0; c < 2; ++c) {
            const double expected = rows[r] * columns[c] / total;
            double deviation = std::fabs(observed[r][c] - expected);
            if (yates)
                deviation -= std::min(0.5, deviation);
            statistic += deviation * deviation / expected;
        }
    }
    const boost::math::chi_squared chi2(1.0);
    result.statistic = statistic;
    result.pValue = boost::math::cdf(boost::math::complement(chi2, statistic));
    return result;
}

TestResult fisherExactTest(const ProportionSummary& control, const ProportionSummary& treatment) {
    TestResult result;
    if (const QString reason = precondition(control, treatment); !reason.isEmpty()) {
        result.reasons << reason;
        return result;
    }
    if (control.n + treatment.n > std::int64_t{std::numeric_limits<unsigned>::max()}) {
        result.reasons << QStringLiteral("too many visitors for the exact test (over 4 billion)");
        return result;
    }
    // The control arm's conversions follow a hypergeometric law given the margins: draws = the
    // control arm's visitors, successes = all conversions, population = all visitors.
    const auto total = static_cast<unsigned>(control.n + treatment.n);
    const auto successes = static_cast<unsigned>(control.conversions + treatment.conversions);
    const auto draws = static_cast<unsigned>(control.n);
    const boost::math::hypergeometric law(successes, draws, total);
    const auto observed = static_cast<unsigned>(control.conversions);
    const unsigned low = successes + draws > total ? successes + draws - total : 0u;
    const unsigned high = std::min(successes, draws);
    constexpr double relativeTolerance = 1.0 + 1e-7;

    const double pObserved = boost::math::pdf(law, observed);
    const double threshold = pObserved * relativeTolerance;
    // The mode as scipy.stats.fisher_exact places it; the probabilities rise up to it and fall
    // after it, so the tables no more probable than the observed one form two tails.
    const auto mode = static_cast<unsigned>((static_cast<double>(successes) + 1.0) *
                                            (static_cast<double>(draws) + 1.0) /
                                            (static_cast<double>(total) + 2.0));
    const unsigned clampedMode = std::clamp(mode, low, high);
    double p = 0;
    if (boost::math::pdf(law, clampedMode) <= threshold) {
        p = 1.0;
    } else if (observed < clampedMode) {
        // Lower tail up to the observed table, plus the upper tail beyond the first table (above
        // the mode) whose probability falls to the threshold.
        p = boost::math::cdf(law, observed);
        unsigned first = clampedMode + 1, last = high + 1; // binary search in (mode, high]
        while (first < last) {
            const unsigned middle = first + (last - first) / 2;
            if (boost::math::pdf(law, middle) <= threshold)
                last = middle;
            else
                first = middle + 1;
        }
        if (first <= high)
            p += boost::math::cdf(boost::math::complement(law, first - 1));
    } else {
        p = observed == low ? 1.0 : boost::math::cdf(boost::math::complement(law, observed - 1));
        // The lower tail: the last table below the mode whose probability is under the threshold.
        int first = static_cast<int>(low) - 1, last = static_cast<int>(clampedMode) - 1;
        while (first < last) { // largest k in [low, mode) with pdf(k) <= threshold, or low - 1
            const int middle = first + (last - first + 1) / 2;
            if (boost::math::pdf(law, static_cast<unsigned>(middle)) <= threshold)
                first = middle;
            else
                last = middle - 1;
        }
        if (first >= static_cast<int>(low))
            p += boost::math::cdf(law, static_cast<unsigned>(first));
    }
    result.pValue = std::min(1.0, p);
    return result;
}

TestResult headlineRateTest(const ProportionSummary& control, const ProportionSummary& treatment,
                            bool* usedFisher) {
    const bool smallCell = std::min({control.conversions, control.failures(), treatment.conversions,
                                     treatment.failures()}) < 5;
    if (usedFisher != nullptr)
        *usedFisher = smallCell;
    return smallCell ? fisherExactTest(control, treatment) : twoProportionZTest(control, treatment);
}

} // namespace pvi
