#include "analytics/lifetime/gamma_gamma_fit.h"

#include "analytics/lifetime/clv_mle.h"

#include <QCoreApplication>

#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// The repeaters prepared for repeated likelihood evaluations: x and x zbar per customer, and
/// per distinct x the number of customers and the sum of ln zbar (parameter-free terms).
struct PreparedSpend {
    std::vector<double> x;
    std::vector<double> xz;
    std::vector<double> countByX;
    std::vector<double> sumLogZByX;
};

PreparedSpend prepare(std::span<const CustomerSummary> customers) {
    PreparedSpend s;
    int maxX = 0;
    for (const auto& c : customers)
        maxX = std::max(maxX, c.x);
    s.countByX.assign(static_cast<std::size_t>(maxX) + 1, 0.0);
    s.sumLogZByX.assign(s.countByX.size(), 0.0);
    for (const auto& c : customers) {
        if (c.x <= 0 || !(c.zbar > 0.0))
            continue;
        s.x.push_back(c.x);
        s.xz.push_back(c.x * c.zbar);
        s.countByX[static_cast<std::size_t>(c.x)] += 1.0;
        s.sumLogZByX[static_cast<std::size_t>(c.x)] += std::log(c.zbar);
    }
    return s;
}

double preparedLogLikelihood(const PreparedSpend& s, const GammaGammaParameters& params,
                             std::vector<double>* grad) {
    using boost::math::digamma;
    using boost::math::lgamma;
    const double p = params.p, q = params.q, g = params.gamma;
    // f(zbar | x) = G(px+q) / (G(px) G(q)) g^q zbar^(px-1) x^(px) / (g + x zbar)^(px+q).
    // Terms in x alone are summed per distinct x; only ln(g + x zbar) is per customer.
    double ll = 0.0, gP = 0.0, gQ = 0.0, gG = 0.0;
    for (std::size_t i = 0; i < s.x.size(); ++i) {
        const double x = s.x[i];
        const double pxq = p * x + q;
        const double logGxz = std::log(g + s.xz[i]);
        ll -= pxq * logGxz;
        if (grad) {
            gP -= x * logGxz;
            gQ -= logGxz;
            gG -= pxq / (g + s.xz[i]);
        }
    }
    const double logG = std::log(g), lgQ = lgamma(q), psiQ = digamma(q);
    for (std::size_t xi = 1; xi < s.countByX.size(); ++xi) {
        const double n = s.countByX[xi];
        if (n == 0.0)
            continue;
        const double x = static_cast<double>(xi);
        const double px = p * x, logX = std::log(x);
        ll += n * (lgamma(px + q) - lgamma(px) - lgQ + q * logG + px * logX) +
              (px - 1.0) * s.sumLogZByX[xi];
        if (grad) {
            const double psiPxQ = digamma(px + q);
            gP += n * x * (psiPxQ - digamma(px) + logX) + x * s.sumLogZByX[xi];
            gQ += n * (psiPxQ - psiQ + logG);
            gG += n * q / g;
        }
    }
    if (grad)
        *grad = {gP, gQ, gG};
    return ll;
}

} // namespace

double gammaGammaLogLikelihood(std::span<const CustomerSummary> customers,
                               const GammaGammaParameters& params, std::vector<double>* grad) {
    return preparedLogLikelihood(prepare(customers), params, grad);
}

GammaGammaFit fitGammaGamma(std::span<const CustomerSummary> customers) {
    GammaGammaFit fit;
    double meanSpend = 0.0;
    for (const auto& c : customers) {
        if (c.x <= 0)
            continue;
        if (!std::isfinite(c.zbar)) {
            fit.reason = QStringLiteral("customer %1 has a mean repeat value that is not a number")
                             .arg(c.id);
            return fit;
        }
        if (!(c.zbar > 0.0)) {
            ++fit.excludedNoSpend; // free or fully refunded repeat purchases: no spend to model
            continue;
        }
        ++fit.customers;
        meanSpend += c.zbar;
    }
    if (fit.customers < kGammaGammaMinRepeaters) {
        fit.reason =
            QCoreApplication::translate(
                "pvi::LifetimeText", "too few repeat customers: %1 (the Gamma-Gamma fit needs at "
                                     "least %2)")
                .arg(fit.customers)
                .arg(kGammaGammaMinRepeaters);
        return fit;
    }
    meanSpend /= fit.customers;

    const auto data = prepare(customers);
    auto nll = [&data](const std::vector<double>& theta, std::vector<double>* grad) {
        const double ll = preparedLogLikelihood(data, {theta[0], theta[1], theta[2]}, grad);
        if (grad) {
            for (auto& v : *grad)
                v = -v;
        }
        return -ll;
    };
    // Start: p = q = 2 and gamma so that the population mean p gamma / (q - 1) is the mean spend.
    const auto mle = fitPositiveMle(nll, {2.0, 2.0, std::max(meanSpend / 2.0, 1e-6)},
                                    {u"p"_s, u"q"_s, u"gamma"_s});
    fit.evaluations = mle.evaluations;
    if (!mle.ok) {
        fit.reason = mle.reason;
        return fit;
    }
    fit.params = {mle.theta[0], mle.theta[1], mle.theta[2]};
    fit.standardErrors = {mle.standardErrors[0], mle.standardErrors[1], mle.standardErrors[2]};
    fit.logLikelihood = mle.logLikelihood;
    fit.ok = true;
    return fit;
}

double gammaGammaExpectedAverageSpend(const GammaGammaParameters& params, int x, double zbar) {
    if (params.q <= 1.0 && x == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return params.p * (params.gamma + x * zbar) / (params.p * x + params.q - 1.0);
}

} // namespace pvi
