#include "analytics/lifetime/clv_predictions.h"

#include "analytics/lifetime/bgnbd_predictions.h"

#include <QCoreApplication>

#include <boost/math/statistics/bivariate_statistics.hpp>

#include <cmath>

namespace pvi {

double discountedClv(const BgNbdParameters& params, const CustomerSummary& customer,
                     double expectedSpend, const ClvOptions& options) {
    double clv = 0.0;
    double previous = 0.0;
    for (int m = 1; m <= options.horizonMonths; ++m) {
        const double cumulative = bgNbdConditionalExpectedPurchases(
            params, m * kWeeksPerMonth, customer.x, customer.tx, customer.T);
        const double discount = std::pow(1.0 + options.annualDiscountRate, -m / 12.0);
        clv += (cumulative - previous) * expectedSpend * discount;
        previous = cumulative;
    }
    return clv;
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
    analysis.customers.reserve(customers.size());
    for (const auto& c : customers) {
        CustomerClvPrediction p;
        p.id = c.id;
        p.repeatPurchases = c.x;
        p.pAlive = bgNbdProbabilityAlive(bg, c.x, c.tx, c.T);
        p.expectedPurchases =
            bgNbdConditionalExpectedPurchases(bg, options.periodWeeks, c.x, c.tx, c.T);
        if (analysis.gammaGamma.ok) {
            p.expectedAverageSpend =
                gammaGammaExpectedAverageSpend(analysis.gammaGamma.params, c.x, c.zbar);
            p.clv = discountedClv(bg, c, p.expectedAverageSpend, options);
        }
        analysis.customers.push_back(p);
    }
    return analysis;
}

} // namespace pvi
