#include "analytics/lifetime/bgnbd_predictions.h"

#include "analytics/lifetime/hypergeometric_2f1.h"

#include <bit>
#include <cmath>

namespace pvi {

namespace {

/// 1 + [x > 0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x): the odds-of-dropout denominator.
double aliveDenominator(const BgNbdParameters& p, int x, double tx, double T) {
    if (x == 0)
        return 1.0;
    const double logTerm = std::log(p.a / (p.b + x - 1.0)) +
                           (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx));
    return 1.0 + std::exp(logTerm);
}

/// E[Y(t) | x, t_x, T] times the odds-of-dropout denominator: what depends on (x, T) alone.
double conditionalNumerator(const BgNbdParameters& p, double t, int x, double T) {
    const double rx = p.r + x;
    const double z = t / (p.alpha + T + t);
    const double f = hypergeometric2F1(rx, p.b + x, p.a + p.b + x - 1.0, z);
    const double power = std::exp(rx * (std::log(p.alpha + T) - std::log(p.alpha + T + t)));
    return (p.a + p.b + x - 1.0) / (p.a - 1.0) * (1.0 - power * f);
}

} // namespace

double bgNbdProbabilityAlive(const BgNbdParameters& p, int x, double tx, double T) {
    return 1.0 / aliveDenominator(p, x, tx, T);
}

double bgNbdConditionalExpectedPurchases(const BgNbdParameters& p, double t, int x, double tx,
                                         double T) {
    if (t <= 0.0)
        return 0.0;
    return conditionalNumerator(p, t, x, T) / aliveDenominator(p, x, tx, T);
}

BgNbdConditionalCurves::BgNbdConditionalCurves(const BgNbdParameters& p,
                                               std::vector<double> horizons)
    : m_p(p)
    , m_horizons(std::move(horizons)) {}

void BgNbdConditionalCurves::expectedPurchases(int x, double tx, double T, std::span<double> out) {
    const auto [it, added] =
        m_offsets.try_emplace({x, std::bit_cast<std::uint64_t>(T)}, m_numerators.size());
    if (added) {
        for (const double t : m_horizons)
            m_numerators.push_back(t <= 0.0 ? 0.0 : conditionalNumerator(m_p, t, x, T));
    }
    const double* numerators = m_numerators.data() + it->second;
    const double denominator = aliveDenominator(m_p, x, tx, T);
    for (std::size_t k = 0; k < out.size(); ++k)
        out[k] = m_horizons[k] <= 0.0 ? 0.0 : numerators[k] / denominator;
}

double bgNbdExpectedPurchases(const BgNbdParameters& p, double t) {
    if (t <= 0.0)
        return 0.0;
    const double f = hypergeometric2F1(p.r, p.b, p.a + p.b - 1.0, t / (p.alpha + t));
    const double power = std::pow(p.alpha / (p.alpha + t), p.r);
    return (p.a + p.b - 1.0) / (p.a - 1.0) * (1.0 - power * f);
}

} // namespace pvi
