#pragma once

#include "analytics/rfm/rfm_summary.h"

#include <QString>

#include <limits>
#include <span>
#include <vector>

namespace pvi {

/// BG/NBD parameters (Fader, Hardie & Lee 2005, "Counting your customers the easy way"):
/// purchase rates ~ Gamma(r, alpha) per week, dropout probability ~ Beta(a, b).
struct BgNbdParameters {
    double r = 0.0;     ///< shape of the purchase-rate gamma
    double alpha = 0.0; ///< scale of the purchase-rate gamma (weeks)
    double a = 0.0;     ///< dropout beta, first shape
    double b = 0.0;     ///< dropout beta, second shape
};

/// A BG/NBD maximum-likelihood fit: estimates, standard errors, log-likelihood, or the reason
/// it failed.
struct BgNbdFit {
    bool ok = false;                ///< false with a reason when there is nothing to report
    QString reason;                 ///< too few customers, no repeaters, optimizer failure
    BgNbdParameters params;         ///< the estimates
    BgNbdParameters standardErrors; ///< from the observed information (NaN when singular)
    double logLikelihood = std::numeric_limits<double>::quiet_NaN(); ///< eq. 6 summed
    int customers = 0;                                               ///< customers in the fit
    int repeaters = 0;                                               ///< of which with x > 0
    int evaluations = 0; ///< likelihood evaluations used by the optimizer
};

/// Fewest customers a fit accepts.
inline constexpr int kBgNbdMinCustomers = 10;

/// The BG/NBD log-likelihood (eq. 6) summed over customers; grad (4 entries: r, alpha, a, b)
/// is filled with its analytic gradient when not null.
double bgNbdLogLikelihood(std::span<const CustomerSummary> customers, const BgNbdParameters& params,
                          std::vector<double>* grad = nullptr);

/// Maximum-likelihood fit of the BG/NBD model (time unit: that of t_x and T, weeks in PVI
/// Studio) with NLopt L-BFGS in log-parameter space.
BgNbdFit fitBgNbd(std::span<const CustomerSummary> customers);

} // namespace pvi
