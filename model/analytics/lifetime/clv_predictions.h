#pragma once

#include "analytics/lifetime/bgnbd_fit.h"
#include "analytics/lifetime/gamma_gamma_fit.h"
#include "analytics/rfm/rfm_summary.h"

#include <QStringList>

#include <limits>
#include <span>
#include <vector>

namespace pvi {

/// How predictions are made. Summary times are in weeks; a month is 52/12 weeks.
struct ClvOptions {
    int horizonMonths = 12;           ///< CLV horizon, summed month by month
    double annualDiscountRate = 0.10; ///< month m is discounted by (1 + rate)^(-m/12)
    double periodWeeks = 39.0;        ///< window of the expected-purchases prediction
};

/// Weeks in a month for the CLV sum (52 weeks / 12 months).
inline constexpr double kWeeksPerMonth = 52.0 / 12.0;

/// Absolute Pearson correlation between frequency and mean spend above which the Gamma-Gamma
/// independence assumption is reported as doubtful.
inline constexpr double kSpendFrequencyCorrelationLimit = 0.3;

/// One customer's predictions.
struct CustomerClvPrediction {
    QString id;                     ///< the customer's id
    double pAlive = 0.0;            ///< P(alive | x, t_x, T)
    double expectedPurchases = 0.0; ///< E[Y(periodWeeks) | x, t_x, T]
    double expectedAverageSpend = std::numeric_limits<double>::quiet_NaN(); ///< Gamma-Gamma E[M]
    double clv = std::numeric_limits<double>::quiet_NaN(); ///< discounted CLV over the horizon
    double repeatPurchases = 0.0; ///< x, the repeat purchases the prediction is based on
};

/// The fits, the independence check and the per-customer predictions of one summary.
struct ClvAnalysis {
    BgNbdFit bgnbd;              ///< BG/NBD fit (predictions are empty when it failed)
    GammaGammaFit gammaGamma;    ///< Gamma-Gamma fit (spend and CLV are NaN when it failed)
    bool spendAvailable = false; ///< false when the summary carries no zbar
    /// Pearson r between x and zbar among repeaters (NaN when fewer than 3 or no spread).
    double frequencySpendCorrelation = std::numeric_limits<double>::quiet_NaN();
    QStringList warnings; ///< plain-words warnings (independence assumption, ...)
    std::vector<CustomerClvPrediction> customers; ///< in the summary's order
};

/// Discounted CLV over the horizon: for month m = 1..H, the expected purchases in the month are
/// E[Y(m w)] - E[Y((m-1) w)] with w = 52/12 weeks, times the expected spend, times
/// (1 + annual rate)^(-m/12); summed.
double discountedClv(const BgNbdParameters& params, const CustomerSummary& customer,
                     double expectedSpend, const ClvOptions& options);

/// Pearson correlation between x and zbar over the customers with x > 0.
double frequencySpendCorrelation(std::span<const CustomerSummary> customers);

/// Fits BG/NBD (and Gamma-Gamma when spendAvailable) and predicts every customer.
ClvAnalysis analyzeClv(std::span<const CustomerSummary> customers, bool spendAvailable,
                       const ClvOptions& options = {});

} // namespace pvi
