#include "analytics/lifetime/bgnbd_fit.h"

#include "analytics/lifetime/clv_mle.h"

#include <QCoreApplication>

#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <tuple>

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

/// The customers prepared for repeated likelihood evaluations: identical (x, t_x, T) rows
/// counted once with a weight, and the distinct values of T and t_x indexed, so that
/// ln(alpha + T) and ln(alpha + t_x) are computed once per distinct value. Real histories are
/// day-granular, so both compress well (one-time buyers acquired on the same day share a row).
struct PreparedHistories {
    struct Row {
        int x = 0;
        std::uint32_t tIndex = 0;
        std::uint32_t txIndex = 0;
        double weight = 1.0;
    };
    std::vector<Row> rows;
    std::vector<double> tValues;         // distinct T, ascending
    std::vector<double> txValues;        // distinct t_x, ascending
    std::vector<double> frequencyCounts; // customers per x
};

std::vector<double> distinctSorted(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

std::uint32_t indexOf(const std::vector<double>& sorted, double v) {
    return static_cast<std::uint32_t>(std::lower_bound(sorted.begin(), sorted.end(), v) -
                                      sorted.begin());
}

PreparedHistories prepare(std::span<const CustomerSummary> customers) {
    PreparedHistories p;
    std::vector<double> ts, txs;
    int maxX = 0;
    for (const auto& c : customers) {
        ts.push_back(c.T);
        txs.push_back(c.tx);
        maxX = std::max(maxX, c.x);
    }
    p.tValues = distinctSorted(std::move(ts));
    p.txValues = distinctSorted(std::move(txs));
    p.frequencyCounts.assign(static_cast<std::size_t>(maxX) + 1, 0.0);
    std::vector<PreparedHistories::Row> rows;
    rows.reserve(customers.size());
    for (const auto& c : customers) {
        rows.push_back({c.x, indexOf(p.tValues, c.T), indexOf(p.txValues, c.tx), 1.0});
        p.frequencyCounts[static_cast<std::size_t>(c.x)] += 1.0;
    }
    auto key = [](const PreparedHistories::Row& h) { return std::tie(h.x, h.txIndex, h.tIndex); };
    std::sort(rows.begin(), rows.end(),
              [&](const auto& l, const auto& r) { return key(l) < key(r); });
    for (const auto& h : rows) {
        if (!p.rows.empty() && key(p.rows.back()) == key(h))
            p.rows.back().weight += 1.0;
        else
            p.rows.push_back(h);
    }
    return p;
}

double preparedLogLikelihood(const PreparedHistories& data, const BgNbdParameters& params,
                             std::vector<double>* grad) {
    using boost::math::digamma;
    using boost::math::lgamma;
    const double r = params.r, alpha = params.alpha, a = params.a, b = params.b;
    std::vector<FrequencyTerms> terms(data.frequencyCounts.size());
    const double lgR = lgamma(r), lgB = lgamma(b), lgAB = lgamma(a + b);
    const double psiR = digamma(r), psiB = digamma(b), psiAB = digamma(a + b);
    for (std::size_t x = 0; x < terms.size(); ++x) {
        auto& t = terms[x];
        t.count = data.frequencyCounts[x];
        if (t.count == 0.0)
            continue;
        const double xd = static_cast<double>(x);
        t.lgammaTerms = lgamma(r + xd) - lgR + lgAB + lgamma(b + xd) - lgB - lgamma(a + b + xd);
        t.dR = digamma(r + xd) - psiR;
        t.dA = psiAB - digamma(a + b + xd);
        t.dB = psiAB + digamma(b + xd) - psiB - digamma(a + b + xd);
        t.logBxm1 = x > 0 ? std::log(b + xd - 1.0) : 0.0;
    }
    std::vector<double> logT(data.tValues.size()), invT(data.tValues.size());
    for (std::size_t i = 0; i < data.tValues.size(); ++i) {
        logT[i] = std::log(alpha + data.tValues[i]);
        invT[i] = 1.0 / (alpha + data.tValues[i]);
    }
    std::vector<double> logTx(data.txValues.size()), invTx(data.txValues.size());
    for (std::size_t i = 0; i < data.txValues.size(); ++i) {
        logTx[i] = std::log(alpha + data.txValues[i]);
        invTx[i] = 1.0 / (alpha + data.txValues[i]);
    }

    const double logAlpha = std::log(alpha), logA = std::log(a);
    double ll = 0.0;
    double gR = 0.0, gAlpha = 0.0, gA = 0.0, gB = 0.0;
    for (const auto& c : data.rows) {
        const double rx = r + c.x;
        const double logAlphaT = logT[c.tIndex];
        // L = exp(A1 + A2) * [exp(A3) + [x > 0] exp(A4)], with
        // A1 + A2 = lgammaTerms + r ln(alpha), A3 = -(r+x) ln(alpha+T),
        // A4 = ln(a) - ln(b+x-1) - (r+x) ln(alpha+t_x).
        const double a3 = -rx * logAlphaT;
        if (c.x == 0) {
            ll += c.weight * a3;
            if (grad) {
                gR -= c.weight * logAlphaT;
                gAlpha -= c.weight * rx * invT[c.tIndex];
            }
            continue;
        }
        const double logAlphaTx = logTx[c.txIndex];
        const double a4 = logA - terms[static_cast<std::size_t>(c.x)].logBxm1 - rx * logAlphaTx;
        const double hi = std::max(a3, a4);
        const double e = std::exp(std::min(a3, a4) - hi);
        ll += c.weight * (hi + std::log1p(e));
        if (grad) {
            const double share = 1.0 / (1.0 + e);
            const double w4 = a4 >= a3 ? share : e * share; // weight of the A4 term in L
            const double w3 = c.weight * (1.0 - w4);
            const double w4w = c.weight * w4;
            gR -= w3 * logAlphaT + w4w * logAlphaTx;
            gAlpha -= rx * (w3 * invT[c.tIndex] + w4w * invTx[c.txIndex]);
            gA += w4w / a;
            gB -= w4w / (b + c.x - 1.0);
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

} // namespace

double bgNbdLogLikelihood(std::span<const CustomerSummary> customers, const BgNbdParameters& params,
                          std::vector<double>* grad) {
    return preparedLogLikelihood(prepare(customers), params, grad);
}

BgNbdFit fitBgNbd(std::span<const CustomerSummary> customers) {
    BgNbdFit fit;
    fit.customers = static_cast<int>(customers.size());
    double meanT = 0.0;
    for (const auto& c : customers) {
        if (c.x < 0 || !(c.T >= 0.0) || !(c.tx >= 0.0) || c.tx > c.T + 1e-9 ||
            !std::isfinite(c.T)) {
            fit.reason = QStringLiteral("invalid summary for customer %1: x = %2, t_x = %3, T = %4 "
                                        "(need x >= 0 and 0 <= t_x <= T)")
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
        fit.reason =
            QCoreApplication::translate("pvi::LifetimeText",
                                        "too few customers: %1 (the BG/NBD fit needs at least %2)")
                .arg(fit.customers)
                .arg(kBgNbdMinCustomers);
        return fit;
    }
    if (fit.repeaters == 0) {
        fit.reason = QCoreApplication::translate(
            "pvi::LifetimeText", "no repeat customers: nobody bought on a second day, so the "
                                 "purchase and dropout processes cannot be told apart");
        return fit;
    }
    meanT /= fit.customers;

    const auto data = prepare(customers);
    auto nll = [&data](const std::vector<double>& theta, std::vector<double>* grad) {
        const BgNbdParameters p{theta[0], theta[1], theta[2], theta[3]};
        const double ll = preparedLogLikelihood(data, p, grad);
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
