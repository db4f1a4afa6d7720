#pragma once

#include <cstddef>
#include <vector>

namespace pvi {

/// A logistic regression fitted by maximum likelihood.
struct LogisticFit {
    /// The intercept first, then one coefficient per column of the design, on the columns' own
    /// scale. A column that is constant gets 0 and is listed in `droppedColumns`.
    std::vector<double> coefficients;
    std::vector<double> standardErrors; ///< from the inverse of the information matrix
    std::vector<std::size_t> droppedColumns;
    double logLikelihood = 0;
    int iterations = 0;
    /// False when Newton's method did not settle (for instance under complete separation, where
    /// the maximum likelihood lies at infinity); the coefficients are then the last iterate.
    bool converged = false;

    /// P(y = 1 | x) for one row of the design (without the intercept).
    double probability(const double* row) const;
    /// The linear predictor b₀ + x·b (the log-odds) for one row.
    double logOdds(const double* row) const;
};

/// Fits P(y = 1 | x) = 1 / (1 + exp(−(b₀ + x·b))) by Newton–Raphson (iteratively reweighted
/// least squares) with step halving, on standardized columns for numerical stability; the
/// coefficients and their standard errors are transformed back to the columns' own scale, so
/// they equal statsmodels' Logit on the same design. `design` holds `rows × columns` values row
/// by row, without the intercept column; `outcome` holds one 0/1 per row. The linear algebra is
/// Eigen's (LDLT of the information matrix).
LogisticFit fitLogistic(const std::vector<double>& design, std::size_t columns,
                        const std::vector<unsigned char>& outcome, int maxIterations = 100);

} // namespace pvi
