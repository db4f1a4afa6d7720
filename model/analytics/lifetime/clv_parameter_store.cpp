#include "analytics/lifetime/clv_parameter_store.h"

#include "store/database.h"
#include "store/transaction.h"

#include <QSet>

#include <cmath>

namespace pvi {

namespace {

std::optional<double> finiteOrNone(double v) {
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

ModelParameterRow row(const QString& model, const QString& parameter, double value,
                      std::optional<double> stdError, const QDateTime& fittedAt,
                      const QString& batches) {
    return {model, parameter, value, stdError, fittedAt.toUTC().toString(Qt::ISODate), batches};
}

} // namespace

std::vector<ModelParameterRow> bgNbdParameterRows(const BgNbdFit& fit, const QDateTime& fittedAt,
                                                  const QString& batches) {
    const QString m = QStringLiteral("bgnbd");
    return {
        row(m, QStringLiteral("r"), fit.params.r, finiteOrNone(fit.standardErrors.r), fittedAt,
            batches),
        row(m, QStringLiteral("alpha"), fit.params.alpha, finiteOrNone(fit.standardErrors.alpha),
            fittedAt, batches),
        row(m, QStringLiteral("a"), fit.params.a, finiteOrNone(fit.standardErrors.a), fittedAt,
            batches),
        row(m, QStringLiteral("b"), fit.params.b, finiteOrNone(fit.standardErrors.b), fittedAt,
            batches),
        row(m, QStringLiteral("log_likelihood"), fit.logLikelihood, std::nullopt, fittedAt,
            batches),
        row(m, QStringLiteral("customers"), fit.customers, std::nullopt, fittedAt, batches),
    };
}

std::vector<ModelParameterRow> gammaGammaParameterRows(const GammaGammaFit& fit,
                                                       const QDateTime& fittedAt,
                                                       const QString& batches) {
    const QString m = QStringLiteral("gamma_gamma");
    return {
        row(m, QStringLiteral("p"), fit.params.p, finiteOrNone(fit.standardErrors.p), fittedAt,
            batches),
        row(m, QStringLiteral("q"), fit.params.q, finiteOrNone(fit.standardErrors.q), fittedAt,
            batches),
        row(m, QStringLiteral("gamma"), fit.params.gamma, finiteOrNone(fit.standardErrors.gamma),
            fittedAt, batches),
        row(m, QStringLiteral("log_likelihood"), fit.logLikelihood, std::nullopt, fittedAt,
            batches),
        row(m, QStringLiteral("customers"), fit.customers, std::nullopt, fittedAt, batches),
    };
}

void storeModelParameters(Database& db, const std::vector<ModelParameterRow>& rows) {
    Transaction tx(db);
    QSet<QString> cleared;
    for (const auto& r : rows) {
        if (!cleared.contains(r.model)) {
            db.prepare("DELETE FROM model_parameters WHERE model = ?1").bind(1, r.model).run();
            cleared.insert(r.model);
        }
        db.prepare("INSERT INTO model_parameters (model, parameter, value, std_error, fitted_at, "
                   "batches) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .bind(1, r.model)
            .bind(2, r.parameter)
            .bind(3, r.value)
            .bind(4, r.stdError)
            .bind(5, r.fittedAt)
            .bind(6, r.batches)
            .run();
    }
    tx.commit();
}

std::vector<ModelParameterRow> loadModelParameters(Database& db, const QString& model) {
    auto stmt = db.prepare("SELECT model, parameter, value, std_error, fitted_at, batches FROM "
                           "model_parameters WHERE model = ?1 ORDER BY id");
    stmt.bind(1, model);
    std::vector<ModelParameterRow> rows;
    while (stmt.step()) {
        rows.push_back({stmt.columnText(0), stmt.columnText(1), stmt.columnDouble(2),
                        stmt.columnOptionalDouble(3), stmt.columnText(4), stmt.columnText(5)});
    }
    return rows;
}

} // namespace pvi
