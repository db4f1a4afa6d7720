#include "analytics/lifetime/bgnbd_predictions.h"

#include "analytics/lifetime/hypergeometric_2f1.h"

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

} // namespace

double bgNbdProbabilityAlive(const BgNbdParameters& p, int x, double tx, double T) {
    return 1.0 / aliveDenominator(p, x, tx, T);
}

double bgNbdConditionalExpectedPurchases(const BgNbdParameters& p, double t, int x, double tx,
                                         double T) {
    if (t <= 0.0)
        return 0.0;
    const double rx = p.r + x;
    const double z = t / (p.alpha + T + t);
    const double f = hypergeometric2F1(rx, p.b + x, p.a + p.b + x - 1.0, z);
    const double power = std::exp(rx * (std::log(p.alpha + T) - std::log(p.alpha + T + t)));
    const double numerator = (p.a + p.b + x - 1.0) / (p.a - 1.0) * (1.0 - power * f);
    return numerator / aliveDenominator(p, x, tx, T);
}

double bgNbdExpectedPurchases(const BgNbdParameters& p, double t) {
    if (t <= 0.0)
        return 0.0;
    const double f = hypergeometric2F1(p.r, p.b, p.a + p.b - 1.0, t / (p.alpha + t));
    const double power = std::pow(p.alpha / (p.alpha + t), p.r);
    return (p.a + p.b - 1.0) / (p.a - 1.0) * (1.0 - power * f);
}

} // namespace pvi
