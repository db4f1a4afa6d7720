#include "analytics/lifetime/clv_mle.h"

#include <nlopt.hpp>

#include <cmath>
#include <stdexcept>

namespace pvi {

namespace {

// Bounds of the log-parameters: keeps the line search away from overflow.
constexpr double kLogLower = -18.0;
constexpr double kLogUpper = 18.0;

struct ObjectiveContext {
    const ClvNegLogLikelihood* nll;
    std::vector<double> theta;
    std::vector<double> gradTheta;
    int evaluations = 0;
};

double logSpaceObjective(const std::vector<double>& phi, std::vector<double>& grad, void* data) {
    auto* ctx = static_cast<ObjectiveContext*>(data);
    ++ctx->evaluations;
    for (std::size_t i = 0; i < phi.size(); ++i)
        ctx->theta[i] = std::exp(phi[i]);
    const bool wantGrad = !grad.empty();
    const double value = (*ctx->nll)(ctx->theta, wantGrad ? &ctx->gradTheta : nullptr);
    if (wantGrad) {
        // d/dphi = d/dtheta * dtheta/dphi, with theta = exp(phi).
        for (std::size_t i = 0; i < phi.size(); ++i)
            grad[i] = ctx->gradTheta[i] * ctx->theta[i];
    }
    if (!std::isfinite(value))
        return std::numeric_limits<double>::max();
    return value;
}

/// Hessian of nll at theta by central differences of the analytic gradient, symmetrized.
std::vector<double> numericalHessian(const ClvNegLogLikelihood& nll,
                                     const std::vector<double>& theta) {
    const std::size_t n = theta.size();
    std::vector<double> hessian(n * n, 0.0);
    std::vector<double> gPlus(n), gMinus(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double h = 1e-5 * theta[i];
        std::vector<double> plus = theta, minus = theta;
        plus[i] += h;
        minus[i] -= h;
        nll(plus, &gPlus);
        nll(minus, &gMinus);
        for (std::size_t j = 0; j < n; ++j)
            hessian[i * n + j] = (gPlus[j] - gMinus[j]) / (2.0 * h);
    }
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            const double mean = 0.5 * (hessian[i * n + j] + hessian[j * n + i]);
            hessian[i * n + j] = mean;
            hessian[j * n + i] = mean;
        }
    }
    return hessian;
}

} // namespace

std::vector<double> invertSmallMatrix(const std::vector<double>& matrix, int n) {
    const auto un = static_cast<std::size_t>(n);
    std::vector<double> a = matrix;
    std::vector<double> inv(un * un, 0.0);
    for (std::size_t i = 0; i < un; ++i)
        inv[i * un + i] = 1.0;
    for (std::size_t col = 0; col < un; ++col) {
        std::size_t pivot = col;
        for (std::size_t row = col + 1; row < un; ++row) {
            if (std::abs(a[row * un + col]) > std::abs(a[pivot * un + col]))
                pivot = row;
        }
        if (!(std::abs(a[pivot * un + col]) > 1e-300))
            return {};
        if (pivot != col) {
            for (std::size_t k = 0; k < un; ++k) {
                std::swap(a[col * un + k], a[pivot * un + k]);
                std::swap(inv[col * un + k], inv[pivot * un + k]);
            }
        }
        const double d = a[col * un + col];
        for (std::size_t k = 0; k < un; ++k) {
            a[col * un + k] /= d;
            inv[col * un + k] /= d;
        }
        for (std::size_t row = 0; row < un; ++row) {
            if (row == col)
                continue;
            const double factor = a[row * un + col];
            if (factor == 0.0)
                continue;
            for (std::size_t k = 0; k < un; ++k) {
                a[row * un + k] -= factor * a[col * un + k];
                inv[row * un + k] -= factor * inv[col * un + k];
            }
        }
    }
    return inv;
}

ClvMleResult fitPositiveMle(const ClvNegLogLikelihood& nll, const std::vector<double>& start,
                            const QStringList& names) {
    ClvMleResult result;
    const std::size_t n = start.size();
    ObjectiveContext ctx{&nll, start, std::vector<double>(n), 0};

    nlopt::opt opt(nlopt::LD_LBFGS, static_cast<unsigned>(n));
    opt.set_min_objective(&logSpaceObjective, &ctx);
    opt.set_lower_bounds(std::vector<double>(n, kLogLower));
    opt.set_upper_bounds(std::vector<double>(n, kLogUpper));
    opt.set_ftol_rel(1e-13);
    opt.set_xtol_rel(1e-11);
    opt.set_maxeval(10000);

    std::vector<double> phi(n);
    for (std::size_t i = 0; i < n; ++i)
        phi[i] = std::log(start[i]);
    double minimum = 0.0;
    QString optimizerError;
    try {
        opt.optimize(phi, minimum);
    } catch (const nlopt::roundoff_limited&) {
        // The optimizer stopped because it could not improve within floating-point precision:
        // phi holds the best point found, which the gradient check below accepts or rejects.
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::exception& e) {
        optimizerError = QString::fromUtf8(e.what());
    }
    result.evaluations = ctx.evaluations;

    result.theta.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        result.theta[i] = std::exp(phi[i]);
    // A parameter running off to 0 or infinity means the data do not identify the model
    // (e.g. nobody seems to drop out): say so rather than report the optimizer's complaint.
    for (std::size_t i = 0; i < n; ++i) {
        if (phi[i] <= kLogLower + 1.0 || phi[i] >= kLogUpper - 1.0 ||
            (!optimizerError.isEmpty() && std::abs(phi[i]) > 9.0)) {
            result.reason =
                QStringLiteral("optimizer failure: the data do not pin down the model "
                               "(%1 ran to %2)")
                    .arg(static_cast<qsizetype>(i) < names.size() ? names[static_cast<qsizetype>(i)]
                                                                  : QString::number(i))
                    .arg(result.theta[i], 0, 'g', 3);
            return result;
        }
    }
    if (!optimizerError.isEmpty()) {
        result.reason = QStringLiteral("optimizer failure: %1").arg(optimizerError);
        return result;
    }
    std::vector<double> grad(n);
    const double value = nll(result.theta, &grad);
    if (!std::isfinite(value)) {
        result.reason = QStringLiteral("optimizer failure: the likelihood is not finite at the "
                                       "optimum");
        return result;
    }
    // Reject a point that is not stationary (scaled gradient in log space, per unit of |nll|).
    double gradNorm = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        gradNorm = std::max(gradNorm, std::abs(grad[i] * result.theta[i]));
    if (gradNorm > 1e-4 * std::max(1.0, std::abs(value))) {
        result.reason = QStringLiteral("optimizer failure: no stationary point found "
                                       "(largest log-space gradient %1)")
                            .arg(gradNorm);
        return result;
    }
    result.logLikelihood = -value;

    const auto inverse =
        invertSmallMatrix(numericalHessian(nll, result.theta), static_cast<int>(n));
    result.standardErrors.assign(n, std::numeric_limits<double>::quiet_NaN());
    if (!inverse.empty()) {
        for (std::size_t i = 0; i < n; ++i) {
            const double variance = inverse[i * n + i];
            if (variance > 0.0)
                result.standardErrors[i] = std::sqrt(variance);
        }
    }
    result.ok = true;
    return result;
}

} // namespace pvi
