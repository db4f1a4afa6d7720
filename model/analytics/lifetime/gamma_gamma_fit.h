#pragma once

#include "analytics/rfm/rfm_summary.h"

#include <QString>

#include <limits>
#include <span>
#include <vector>

namespace pvi {

/// Gamma-Gamma spend parameters (Fader, Hardie & Lee 2005, "RFM and CLV: using iso-value
/// curves"): transaction values ~ Gamma(p, nu), nu ~ Gamma(q, gamma) across customers.
struct GammaGammaParameters {
    double p = 0.0;     ///< shape of the transaction-value gamma
    double q = 0.0;     ///< shape of the gamma of nu
    double gamma = 0.0; ///< scale of the gamma of nu (money)
};

/// A Gamma-Gamma maximum-likelihood fit over the customers with x > 0.
struct GammaGammaFit {
    bool ok = false;             ///< false with a reason when there is nothing to report
    QString reason;              ///< too few repeaters, non-positive spend, optimizer failure
    GammaGammaParameters params; ///< the estimates
    GammaGammaParameters standardErrors; ///< from the observed information (NaN when singular)
    double logLikelihood = std::numeric_limits<double>::quiet_NaN(); ///< summed over repeaters
    int customers = 0;       ///< repeaters in the fit (x > 0)
    int excludedNoSpend = 0; ///< repeaters left out because zbar <= 0
    int evaluations = 0;     ///< likelihood evaluations used by the optimizer
};

/// Fewest repeat customers a Gamma-Gamma fit accepts.
inline constexpr int kGammaGammaMinRepeaters = 10;

/// The Gamma-Gamma log-likelihood of the mean spend zbar over the customers with x > 0 and
/// zbar > 0; grad
/// (3 entries: p, q, gamma) is filled with its analytic gradient when not null.
double gammaGammaLogLikelihood(std::span<const CustomerSummary> customers,
                               const GammaGammaParameters& params,
                               std::vector<double>* grad = nullptr);

/// Maximum-likelihood fit on the customers with x > 0 and zbar > 0 (others are ignored and
/// repeaters without positive spend counted in excludedNoSpend).
GammaGammaFit fitGammaGamma(std::span<const CustomerSummary> customers);

/// E[M | p, q, gamma, zbar, x]: the expected value of the customer's future transactions;
/// the population mean p gamma / (q - 1) when x = 0.
double gammaGammaExpectedAverageSpend(const GammaGammaParameters& params, int x, double zbar);

} // namespace pvi
