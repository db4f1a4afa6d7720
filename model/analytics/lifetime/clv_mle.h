#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <vector>

namespace pvi {

/// A negative log-likelihood over strictly positive parameters: returns the value at theta and,
/// when grad is not null, writes its gradient with respect to theta (same length).
using ClvNegLogLikelihood =
    std::function<double(const std::vector<double>& theta, std::vector<double>* grad)>;

/// The outcome of a maximum-likelihood fit over strictly positive parameters.
struct ClvMleResult {
    bool ok = false;                    ///< false when the optimizer failed (see reason)
    QString reason;                     ///< why the fit failed; empty when ok
    std::vector<double> theta;          ///< the estimates (natural scale)
    std::vector<double> standardErrors; ///< from the observed information; NaN when singular
    double logLikelihood = std::numeric_limits<double>::quiet_NaN(); ///< at the estimates
    int evaluations = 0; ///< objective evaluations used by the optimizer
};

/// Maximizes a likelihood over theta > 0 with NLopt's L-BFGS in log-parameter space, starting
/// at start. Standard errors are the square roots of the diagonal of the inverse observed
/// information, i.e. of the Hessian of the negative log-likelihood at the optimum, which is
/// obtained by central differences of the analytic gradient (relative step 1e-5). names label
/// the parameters in failure reasons.
ClvMleResult fitPositiveMle(const ClvNegLogLikelihood& nll, const std::vector<double>& start,
                            const QStringList& names = {});

/// The inverse of a small dense symmetric matrix (row-major, n x n) by Gauss-Jordan elimination
/// with partial pivoting; empty when the matrix is singular.
std::vector<double> invertSmallMatrix(const std::vector<double>& matrix, int n);

} // namespace pvi
