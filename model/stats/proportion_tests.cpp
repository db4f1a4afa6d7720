#include "stats/proportion_tests.h"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace pvi {

namespace {

/// The two-sided p-value of Fisher's exact test: of the hypergeometric law of `observed` (the
/// successes among `draws` taken from `total` holding `successes`), the probability of every
/// outcome no more probable than the observed one, within a relative 1e-7 (scipy's
/// fisher_exact). Each outcome's log-probability, up to a constant, is the sum of the logs of
/// the ratios of consecutive probabilities, p(k+1)/p(k) = (K−k)(n−k) / ((k+1)(N−K−n+k+1)), so
/// no factorial is formed (Boost's pdf factorises every factorial into primes, which made the
/// test a fifth of a recompute), and the sums are taken relative to their largest term, so a
/// p-value far below the smallest double's square still comes out.
double fisherTwoSided(unsigned observed, unsigned successes, unsigned draws, unsigned total) {
    const unsigned low = successes + draws > total ? successes + draws - total : 0u;
    const unsigned high = std::min(successes, draws);
    std::vector<double> logWeight(std::size_t{high - low} + 1, 0.0);
    for (unsigned k = low; k < high; ++k) {
        const double ratio =
            (static_cast<double>(successes - k) * static_cast<double>(draws - k)) /
            (static_cast<double>(k + 1) * (static_cast<double>(total) - successes - draws + k + 1));
        logWeight[k + 1 - low] = logWeight[k - low] + std::log(ratio);
    }
    const double threshold = logWeight[observed - low] + std::log1p(1e-7);
    const double peak = *std::max_element(logWeight.begin(), logWeight.end());
    double tailPeak = -std::numeric_limits<double>::infinity();
    for (const double w : logWeight) {
        if (w <= threshold)
            tailPeak = std::max(tailPeak, w);
    }
    double all = 0, tail = 0;
    for (const double w : logWeight) {
        all += std::exp(w - peak);
        if (w <= threshold)
            tail += std::exp(w - tailPeak);
    }
    return std::min(1.0, std::exp(tailPeak - peak) * tail / all);
}

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
    result.pValue =
        fisherTwoSided(static_cast<unsigned>(control.conversions), successes, draws, total);
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
