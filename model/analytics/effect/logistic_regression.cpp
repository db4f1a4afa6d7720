#include "analytics/effect/logistic_regression.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

namespace pvi {

namespace {

using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// log(1 + e^t) without overflow.
double softplus(double t) {
    return t > 0 ? t + std::log1p(std::exp(-t)) : std::log1p(std::exp(t));
}

double logLikelihoodOf(const Eigen::VectorXd& eta, const Eigen::VectorXd& y) {
    double sum = 0;
    for (Eigen::Index i = 0; i < eta.size(); ++i)
        sum += y[i] * eta[i] - softplus(eta[i]);
    return sum;
}

} // namespace

double LogisticFit::logOdds(const double* row) const {
    double eta = coefficients.empty() ? 0 : coefficients[0];
    for (std::size_t j = 1; j < coefficients.size(); ++j)
        eta += coefficients[j] * row[j - 1];
    return eta;
}

double LogisticFit::probability(const double* row) const {
    return 1.0 / (1.0 + std::exp(-logOdds(row)));
}

LogisticFit fitLogistic(const std::vector<double>& design, std::size_t columns,
                        const std::vector<unsigned char>& outcome, int maxIterations) {
    LogisticFit fit;
    const auto n = static_cast<Eigen::Index>(outcome.size());
    fit.coefficients.assign(columns + 1, 0.0);
    fit.standardErrors.assign(columns + 1, 0.0);
    if (n == 0 || design.size() != outcome.size() * columns)
        return fit;

    // Standardize every non-constant column; the intercept is column 0 of the working design.
    const Eigen::Map<const Matrix> raw(design.data(), n, static_cast<Eigen::Index>(columns));
    std::vector<Eigen::Index> kept;
    std::vector<double> means;
    std::vector<double> scales;
    for (std::size_t j = 0; j < columns; ++j) {
        const auto col = raw.col(static_cast<Eigen::Index>(j));
        const double mean = col.mean();
        const double sd = std::sqrt((col.array() - mean).square().sum() / double(n));
        if (!(sd > 1e-12)) {
            fit.droppedColumns.push_back(j);
            continue;
        }
        kept.push_back(static_cast<Eigen::Index>(j));
        means.push_back(mean);
        scales.push_back(sd);
    }
    const auto k = static_cast<Eigen::Index>(kept.size()) + 1;
    Matrix x(n, k);
    x.col(0).setOnes();
    for (Eigen::Index j = 1; j < k; ++j) {
        const auto s = static_cast<std::size_t>(j - 1);
        x.col(j) = (raw.col(kept[s]).array() - means[s]) / scales[s];
    }
    Eigen::VectorXd y(n);
    for (Eigen::Index i = 0; i < n; ++i)
        y[i] = outcome[static_cast<std::size_t>(i)] != 0 ? 1.0 : 0.0;

    Eigen::VectorXd beta = Eigen::VectorXd::Zero(k);
    Eigen::VectorXd eta = x * beta;
    double ll = logLikelihoodOf(eta, y);
    Eigen::MatrixXd information(k, k);
    for (fit.iterations = 1; fit.iterations <= maxIterations; ++fit.iterations) {
        const Eigen::ArrayXd p = 1.0 / (1.0 + (-eta.array()).exp());
        const Eigen::VectorXd gradient = x.transpose() * (y.array() - p).matrix();
        const Eigen::VectorXd w = p * (1.0 - p);
        information.noalias() = x.transpose() * w.asDiagonal() * x;
        const Eigen::VectorXd step = information.ldlt().solve(gradient);
        if (!step.allFinite())
            break;
        // Halve the step until the likelihood does not fall.
        double scale = 1.0;
        Eigen::VectorXd next = beta + step;
        Eigen::VectorXd nextEta = x * next;
        double nextLl = logLikelihoodOf(nextEta, y);
        while (nextLl < ll - 1e-12 && scale > 1e-8) {
            scale /= 2;
            next = beta + scale * step;
            nextEta = x * next;
            nextLl = logLikelihoodOf(nextEta, y);
        }
        const double change = (scale * step).cwiseAbs().maxCoeff();
        beta = next;
        eta = nextEta;
        const double gain = nextLl - ll;
        ll = nextLl;
        if (change < 1e-10 || std::abs(gain) < 1e-13 * (1.0 + std::abs(ll))) {
            fit.converged = change < 1e-6;
            break;
        }
    }
    fit.iterations = std::min(fit.iterations, maxIterations);
    fit.logLikelihood = ll;

    // Back to the columns' own scale: b_j = β_j / s_j, b₀ = β₀ − Σ β_j m_j / s_j, a linear map A
    // of β whose covariance is A I⁻¹ Aᵀ.
    const Eigen::VectorXd p = 1.0 / (1.0 + (-eta.array()).exp());
    const Eigen::VectorXd w = (p.array() * (1.0 - p.array())).matrix();
    information.noalias() = x.transpose() * w.asDiagonal() * x;
    const Eigen::MatrixXd covariance = information.ldlt().solve(Eigen::MatrixXd::Identity(k, k));
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(k, k);
    a(0, 0) = 1;
    for (Eigen::Index j = 1; j < k; ++j) {
        const auto s = static_cast<std::size_t>(j - 1);
        a(j, j) = 1.0 / scales[s];
        a(0, j) = -means[s] / scales[s];
    }
    const Eigen::VectorXd b = a * beta;
    const Eigen::MatrixXd covB = a * covariance * a.transpose();
    fit.coefficients[0] = b[0];
    fit.standardErrors[0] = std::sqrt(std::max(0.0, covB(0, 0)));
    for (Eigen::Index j = 1; j < k; ++j) {
        const auto column = static_cast<std::size_t>(kept[static_cast<std::size_t>(j - 1)]) + 1;
        fit.coefficients[column] = b[j];
        fit.standardErrors[column] = std::sqrt(std::max(0.0, covB(j, j)));
    }
    return fit;
}

} // namespace pvi
