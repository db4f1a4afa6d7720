#include "analytics/bgnbd_fit.h"

#include "analytics/clv_mle.h"

#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// Terms of the log-likelihood that depend only on the frequency x (shared by all customers
/// with that x), with their derivatives.
struct FrequencyTerms {
    double count = 0.0;
    double lgammaTerms = 0.0; // lnG(r+x) - lnG(r) + lnG(a+b) + lnG(b+x) - lnG(b) - lnG(a+b+x)
    double dR = 0.0;          // psi(r+x) - psi(r)
    double dA = 0.0;          // psi(a+b) - psi(a+b+x)
    double dB = 0.0;          // psi(a+b) + psi(b+x) - psi(b) - psi(a+b+x)
    double logBxm1 = 0.0;     // ln(b+x-1), x > 0
};

} // namespace

double bgNbdLogLikelihood(std::span<const CustomerSummary> customers, const BgNbdParameters& params,
                          std::vector<double>* grad) {
    using boost::math::digamma;
    using boost::math::lgamma;
    const double r = params.r, alpha = params.alpha, a = params.a, b = params.b;
    int maxX = 0;
    for (const auto& c : customers)
        maxX = std::max(maxX, c.x);
    std::vector<FrequencyTerms> terms(static_cast<std::size_t>(maxX) + 1);
    for (const auto& c : customers)
        terms[static_cast<std::size_t>(c.x)].count += 1.0;

    const double lgR = lgamma(r), lgB = lgamma(b), lgAB = lgamma(a + b);
    const double psiR = digamma(r), psiB = digamma(b), psiAB = digamma(a + b);
    for (std::size_t x = 0; x < terms.size(); ++x) {
        auto& t = terms[x];
        if (t.count == 0.0)
            continue;
        const double xd = static_cast<double>(x);
        t.lgammaTerms = lgamma(r + xd) - lgR + lgAB + lgamma(b + xd) - lgB - lgamma(a + b + xd);
        t.dR = digamma(r + xd) - psiR;
        t.dA = psiAB - digamma(a + b + xd);
        t.dB = psiAB + digamma(b + xd) - psiB - digamma(a + b + xd);
        t.logBxm1 = x > 0 ? std::log(b + xd - 1.0) : 0.0;
    }

    const double logAlpha = std::log(alpha), logA = std::log(a);
    double ll = 0.0;
    double gR = 0.0, gAlpha = 0.0, gA = 0.0, gB = 0.0;
    for (const auto& c : customers) {
        const auto& t = terms[static_cast<std::size_t>(c.x)];
        const double rx = r + c.x;
        const double logAlphaT = std::log(alpha + c.T);
        // L = exp(A1 + A2) * [exp(A3) + [x > 0] exp(A4)], with
        // A1 + A2 = lgammaTerms + r ln(alpha), A3 = -(r+x) ln(alpha+T),
        // A4 = ln(a) - ln(b+x-1) - (r+x) ln(alpha+t_x).
        const double a3 = -rx * logAlphaT;
        double logSum = a3;
        double w4 = 0.0;
        double logAlphaTx = 0.0;
        if (c.x > 0) {
            logAlphaTx = std::log(alpha + c.tx);
            const double a4 = logA - t.logBxm1 - rx * logAlphaTx;
            const double hi = std::max(a3, a4), lo = std::min(a3, a4);
            logSum = hi + std::log1p(std::exp(lo - hi));
            w4 = std::exp(a4 - logSum);
        }
        ll += logSum;
        if (grad) {
            const double w3 = 1.0 - w4;
            gR += -w3 * logAlphaT;
            gAlpha += -w3 * rx / (alpha + c.T);
            if (c.x > 0) {
                gR += -w4 * logAlphaTx;
                gAlpha += -w4 * rx / (alpha + c.tx);
                gA += w4 / a;
                gB += -w4 / (b + c.x - 1.0);
            }
        }
    }
    double n = 0.0;
    for (const auto& t : terms) {
        if (t.count == 0.0)
            continue;
        n += t.count;
        ll += t.count * t.lgammaTerms;
        if (grad) {
            gR += t.count * t.dR;
            gA += t.count * t.dA;
            gB += t.count * t.dB;
        }
    }
    ll += n * r * logAlpha;
    if (grad) {
        gR += n * logAlpha;
        gAlpha += n * r / alpha;
        *grad = {gR, gAlpha, gA, gB};
    }
    return ll;
}

BgNbdFit fitBgNbd(std::span<const CustomerSummary> customers) {
    BgNbdFit fit;
    fit.customers = static_cast<int>(customers.size());
    double meanT = 0.0;
    for (const auto& c : customers) {
        if (c.x < 0 || !(c.T > 0.0) || c.tx < 0.0 || c.tx > c.T + 1e-9 || !std::isfinite(c.T)) {
            fit.reason = QStringLiteral("invalid summary for customer %1: x = %2, t_x = %3, T = %4 "
                                        "(need x >= 0 and 0 <= t_x <= T, T > 0)")
                             .arg(c.id)
                             .arg(c.x)
                             .arg(c.tx)
                             .arg(c.T);
            return fit;
        }
        if (c.x > 0)
            ++fit.repeaters;
        meanT += c.T;
    }
    if (fit.customers < kBgNbdMinCustomers) {
        fit.reason = QStringLiteral("too few customers: %1 (the BG/NBD fit needs at least %2)")
                         .arg(fit.customers)
                         .arg(kBgNbdMinCustomers);
        return fit;
    }
    if (fit.repeaters == 0) {
        fit.reason = QStringLiteral("no repeat customers: nobody bought on a second day, so the "
                                    "purchase and dropout processes cannot be told apart");
        return fit;
    }
    meanT /= fit.customers;

    auto nll = [customers](const std::vector<double>& theta, std::vector<double>* grad) {
        const BgNbdParameters p{theta[0], theta[1], theta[2], theta[3]};
        const double ll = bgNbdLogLikelihood(customers, p, grad);
        if (grad) {
            for (auto& g : *grad)
                g = -g;
        }
        return -ll;
    };
    // Start: a unit purchase-rate shape with its scale at the mean age, neutral dropout.
    const auto mle = fitPositiveMle(nll, {1.0, std::max(meanT, 1e-3), 1.0, 1.0},
                                    {u"r"_s, u"alpha"_s, u"a"_s, u"b"_s});
    fit.evaluations = mle.evaluations;
    if (!mle.ok) {
        fit.reason = mle.reason;
        return fit;
    }
    fit.params = {mle.theta[0], mle.theta[1], mle.theta[2], mle.theta[3]};
    fit.standardErrors = {mle.standardErrors[0], mle.standardErrors[1], mle.standardErrors[2],
                          mle.standardErrors[3]};
    fit.logLikelihood = mle.logLikelihood;
    fit.ok = true;
    return fit;
}

} // namespace pvi
