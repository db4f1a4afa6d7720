#include "stats/portfolio_shrinkage.h"

#include "stats/mersenne_twister_64.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace pvi {

namespace {

constexpr int kTauGrid = 400;

/// μ̂(τ) and Var(μ̂ | τ), with the log of the restricted likelihood of τ (flat prior on μ).
struct GivenTau {
    double mu = 0;
    double muVariance = 0;
    double logPosterior = 0;
};

GivenTau givenTau(const std::vector<ShrinkageInput>& tests, double tau) {
    double sumW = 0;
    double sumWy = 0;
    for (const ShrinkageInput& t : tests) {
        const double w = 1.0 / (t.variance + tau * tau);
        sumW += w;
        sumWy += w * t.logRatio;
    }
    GivenTau g;
    g.mu = sumWy / sumW;
    g.muVariance = 1.0 / sumW;
    g.logPosterior = 0.5 * std::log(g.muVariance);
    for (const ShrinkageInput& t : tests) {
        const double v = t.variance + tau * tau;
        g.logPosterior += -0.5 * std::log(v) - 0.5 * std::pow(t.logRatio - g.mu, 2) / v;
    }
    return g;
}

double quantileOf(std::vector<double> values, double q) {
    const auto k =
        std::size_t(std::clamp(q * double(values.size() - 1), 0.0, double(values.size() - 1)));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return values[k];
}

} // namespace

std::optional<double> derSimonianLairdTau2(const std::vector<ShrinkageInput>& tests) {
    if (tests.size() < 2)
        return std::nullopt;
    double sumW = 0;
    double sumW2 = 0;
    double sumWy = 0;
    for (const ShrinkageInput& t : tests) {
        const double w = 1.0 / t.variance;
        sumW += w;
        sumW2 += w * w;
        sumWy += w * t.logRatio;
    }
    const double fixed = sumWy / sumW;
    double q = 0;
    for (const ShrinkageInput& t : tests)
        q += std::pow(t.logRatio - fixed, 2) / t.variance;
    const double k = double(tests.size());
    return std::max(0.0, (q - (k - 1.0)) / (sumW - sumW2 / sumW));
}

PortfolioShrinkage shrinkPortfolio(const std::vector<ShrinkageInput>& tests, int draws,
                                   std::uint64_t seed) {
    PortfolioShrinkage out;
    const bool finite = std::all_of(tests.begin(), tests.end(), [](const ShrinkageInput& t) {
        return std::isfinite(t.logRatio) && std::isfinite(t.variance) && t.variance > 0.0;
    });
    if (!finite)
        out.reasons << QStringLiteral("every test needs a finite effect with a positive variance");
    if (tests.size() < 3)
        out.reasons << QStringLiteral("shrinkage needs at least 3 concluded tests (there are %1)")
                           .arg(tests.size());
    if (draws < 100)
        out.reasons << QStringLiteral("needs at least 100 posterior draws");
    if (!out.reasons.isEmpty())
        return out;
    out.tauDerSimonianLaird = std::sqrt(*derSimonianLairdTau2(tests));

    // The grid reaches where the restricted likelihood has fallen to nothing: several times the
    // spread of the effects and of their standard errors.
    double meanY = 0;
    double maxVariance = 0;
    for (const ShrinkageInput& t : tests) {
        meanY += t.logRatio / double(tests.size());
        maxVariance = std::max(maxVariance, t.variance);
    }
    double spread = 0;
    for (const ShrinkageInput& t : tests)
        spread += std::pow(t.logRatio - meanY, 2) / double(tests.size() - 1);
    const double tauMax = 10.0 * std::sqrt(std::max(spread, maxVariance));
    std::vector<GivenTau> grid;
    std::vector<double> weights;
    double best = -INFINITY;
    for (int j = 0; j < kTauGrid; ++j) {
        const double tau = tauMax * double(j) / double(kTauGrid - 1);
        grid.push_back(givenTau(tests, tau));
        if (grid.back().logPosterior > best) {
            best = grid.back().logPosterior;
            out.tauMode = tau;
        }
    }
    double total = 0;
    double tauMean = 0;
    for (int j = 0; j < kTauGrid; ++j) {
        weights.push_back(std::exp(grid[std::size_t(j)].logPosterior - best));
        total += weights.back();
        tauMean += weights.back() * tauMax * double(j) / double(kTauGrid - 1);
    }
    out.tauMean = tauMean / total;

    // Draws: τ from its grid posterior, μ | τ, then each θ_i | μ, τ.
    MersenneTwister64 random(seed);
    std::discrete_distribution<int> pickTau(weights.begin(), weights.end());
    std::normal_distribution<double> standard(0.0, 1.0);
    const std::size_t k = tests.size();
    std::vector<std::vector<double>> theta(k, std::vector<double>(static_cast<std::size_t>(draws)));
    std::vector<double> mu(static_cast<std::size_t>(draws));
    std::vector<double> gain(static_cast<std::size_t>(draws), 0.0);
    for (int d = 0; d < draws; ++d) {
        const int j = pickTau(random);
        const double tau = tauMax * double(j) / double(kTauGrid - 1);
        const GivenTau& g = grid[std::size_t(j)];
        const double m = g.mu + std::sqrt(g.muVariance) * standard(random);
        mu[std::size_t(d)] = m;
        for (std::size_t i = 0; i < k; ++i) {
            const ShrinkageInput& t = tests[i];
            double mean = m;
            double variance = 0;
            if (tau > 0) {
                const double precision = 1.0 / t.variance + 1.0 / (tau * tau);
                mean = (t.logRatio / t.variance + m / (tau * tau)) / precision;
                variance = 1.0 / precision;
            }
            const double value = mean + std::sqrt(variance) * standard(random);
            theta[i][std::size_t(d)] = value;
            gain[std::size_t(d)] += t.gainWeight * std::expm1(value);
        }
    }
    double rawGain = 0;
    for (std::size_t i = 0; i < k; ++i) {
        const std::vector<double>& values = theta[i];
        ShrunkEffect e;
        e.rawLogRatio = tests[i].logRatio;
        e.mean = std::accumulate(values.begin(), values.end(), 0.0) / double(draws);
        double squares = 0;
        for (double v : values)
            squares += (v - e.mean) * (v - e.mean);
        e.sd = std::sqrt(squares / double(draws - 1));
        e.low = quantileOf(values, 0.025);
        e.high = quantileOf(values, 0.975);
        e.probabilityPositive =
            double(std::count_if(values.begin(), values.end(), [](double v) { return v > 0; })) /
            double(draws);
        out.tests.push_back(e);
        rawGain += tests[i].gainWeight * std::expm1(tests[i].logRatio);
    }
    out.overallLogRatio.estimate = std::accumulate(mu.begin(), mu.end(), 0.0) / double(draws);
    out.overallLogRatio.low = quantileOf(mu, 0.025);
    out.overallLogRatio.high = quantileOf(mu, 0.975);
    out.totalGain.estimate = std::accumulate(gain.begin(), gain.end(), 0.0) / double(draws);
    out.totalGain.low = quantileOf(gain, 0.025);
    out.totalGain.high = quantileOf(gain, 0.975);
    out.rawTotalGain = rawGain;
    return out;
}

} // namespace pvi
