#pragma once

#include "analytics/lifetime/bgnbd_fit.h"
#include "analytics/lifetime/gamma_gamma_fit.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace pvi {

class Database;

/// One fitted parameter as stored in the workspace table model_parameters.
struct ModelParameterRow {
    QString model;                  ///< "bgnbd" or "gamma_gamma"
    QString parameter;              ///< "r", "alpha", ..., "log_likelihood", "customers"
    double value = 0.0;             ///< the estimate
    std::optional<double> stdError; ///< its standard error, when there is one
    QString fittedAt;               ///< ISO 8601 UTC time of the fit
    QString batches;                ///< import batch ids behind the data, "1,4,7"
};

/// The rows of a BG/NBD fit: r, alpha, a, b with standard errors, log_likelihood, customers.
std::vector<ModelParameterRow> bgNbdParameterRows(const BgNbdFit& fit, const QDateTime& fittedAt,
                                                  const QString& batches);

/// The rows of a Gamma-Gamma fit: p, q, gamma with standard errors, log_likelihood, customers.
std::vector<ModelParameterRow> gammaGammaParameterRows(const GammaGammaFit& fit,
                                                       const QDateTime& fittedAt,
                                                       const QString& batches);

/// Replaces the stored parameters of each model in rows (one transaction). Throws DbError.
void storeModelParameters(Database& db, const std::vector<ModelParameterRow>& rows);

/// The stored parameters of one model, by parameter name. Throws DbError.
std::vector<ModelParameterRow> loadModelParameters(Database& db, const QString& model);

} // namespace pvi
