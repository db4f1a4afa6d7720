#include "analytics/lifetime/clv_predictions.h"

#include "analytics/lifetime/bgnbd_predictions.h"

#include <QCoreApplication>

#include <boost/math/statistics/bivariate_statistics.hpp>

#include <algorithm>
#include <cmath>

namespace pvi {

namespace {

/// (1 + annual rate)^(-m/12) for the months m = 1..H of the horizon.
std::vector<double> monthlyDiscounts(const ClvOptions& options) {
    std::vector<double> discounts;
    for (int m = 1; m <= options.horizonMonths; ++m)
        discounts.push_back(std::pow(1.0 + options.annualDiscountRate, -m / 12.0));
    return discounts;
}

/// The discounted sum over months m = 1..H of cumulative[m - 1], the expected purchases by the
/// end of month m.
double discountedFromCumulative(std::span<const double> cumulative, double expectedSpend,
                                std::span<const double> discounts) {
    double clv = 0.0;
    double previous = 0.0;
    for (std::size_t m = 0; m < discounts.size(); ++m) {
        clv += (cumulative[m] - previous) * expectedSpend * discounts[m];
        previous = cumulative[m];
    }
    return clv;
}

/// The horizons of one customer's predictions: options.periodWeeks, then the end of each month
/// of the CLV horizon.
std::vector<double> predictionHorizons(const ClvOptions& options) {
    std::vector<double> horizons{options.periodWeeks};
    for (int m = 1; m <= options.horizonMonths; ++m)
        horizons.push_back(m * kWeeksPerMonth);
    return horizons;
}

} // namespace

double discountedClv(const BgNbdParameters& params, const CustomerSummary& customer,
                     double expectedSpend, const ClvOptions& options) {
    std::vector<double> cumulative;
    for (int m = 1; m <= options.horizonMonths; ++m)
        cumulative.push_back(bgNbdConditionalExpectedPurchases(
            params, m * kWeeksPerMonth, customer.x, customer.tx, customer.T));
    return discountedFromCumulative(cumulative, expectedSpend, monthlyDiscounts(options));
}

double frequencySpendCorrelation(std::span<const CustomerSummary> customers) {
    std::vector<double> x, z;
    for (const auto& c : customers) {
        if (c.x > 0) {
            x.push_back(c.x);
            z.push_back(c.zbar);
        }
    }
    if (x.size() < 3)
        return std::numeric_limits<double>::quiet_NaN();
    const double r = boost::math::statistics::correlation_coefficient(x, z);
    return std::isfinite(r) ? r : std::numeric_limits<double>::quiet_NaN();
}

ClvAnalysis analyzeClv(std::span<const CustomerSummary> customers, bool spendAvailable,
                       const ClvOptions& options) {
    ClvAnalysis analysis;
    analysis.spendAvailable = spendAvailable;
    analysis.bgnbd = fitBgNbd(customers);
    if (spendAvailable) {
        analysis.gammaGamma = fitGammaGamma(customers);
        analysis.frequencySpendCorrelation = frequencySpendCorrelation(customers);
        const double r = analysis.frequencySpendCorrelation;
        if (std::isfinite(r) && std::abs(r) > kSpendFrequencyCorrelationLimit) {
            analysis.warnings << QCoreApplication::translate(
                                     "pvi::LifetimeText",
                                     "Spend and frequency are correlated (Pearson r = %1 among "
                                     "repeat customers, limit %2): the Gamma-Gamma model assumes "
                                     "they are independent, so expected spend and CLV may be off.")
                                     .arg(r, 0, 'f', 3)
                                     .arg(kSpendFrequencyCorrelationLimit);
        }
        if (analysis.gammaGamma.excludedNoSpend > 0) {
            analysis.warnings << QCoreApplication::translate(
                                     "pvi::LifetimeText",
                                     "%1 repeat customers spent nothing on their repeat "
                                     "purchases and were left out of the spend model.")
                                     .arg(analysis.gammaGamma.excludedNoSpend);
        }
    } else {
        analysis.gammaGamma.reason = QCoreApplication::translate(
            "pvi::LifetimeText", "no spend column (zbar) in the summary");
    }
    if (!analysis.bgnbd.ok)
        return analysis;

    const auto& bg = analysis.bgnbd.params;
    // Every customer's expected purchases at the same horizons: computed once per (x, T).
    BgNbdConditionalCurves curves(bg, predictionHorizons(options));
    const std::vector<double> discounts = monthlyDiscounts(options);
    std::vector<double> expected(1 + static_cast<std::size_t>(std::max(0, options.horizonMonths)));
    analysis.customers.reserve(customers.size());
    for (const auto& c : customers) {
        CustomerClvPrediction p;
        p.id = c.id;
        p.repeatPurchases = c.x;
        p.pAlive = bgNbdProbabilityAlive(bg, c.x, c.tx, c.T);
        curves.expectedPurchases(c.x, c.tx, c.T, expected);
        p.expectedPurchases = expected.front();
        if (analysis.gammaGamma.ok) {
            p.expectedAverageSpend =
                gammaGammaExpectedAverageSpend(analysis.gammaGamma.params, c.x, c.zbar);
            p.clv = discountedFromCumulative(std::span<const double>(expected).subspan(1),
                                             p.expectedAverageSpend, discounts);
        }
        analysis.customers.push_back(p);
    }
    return analysis;
}

} // namespace pvi
