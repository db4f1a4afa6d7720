#pragma once

#include "analytics/lifetime/bgnbd_fit.h"

#include <cstdint>
#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pvi {

/// P(alive | x, t_x, T): the probability that the customer has not dropped out by T
/// (Fader, Hardie & Lee 2005, eq. 11 / note 021); 1 when x = 0.
double bgNbdProbabilityAlive(const BgNbdParameters& p, int x, double tx, double T);

/// E[Y(t) | x, t_x, T]: expected purchases in the next t time units (eq. 10), with the
/// Gaussian hypergeometric function 2F1 from Boost.Math.
double bgNbdConditionalExpectedPurchases(const BgNbdParameters& p, double t, int x, double tx,
                                         double T);

/// E[Y(t) | x, t_x, T] at fixed horizons t, for many customers. All of it but P(alive) depends
/// on (x, T) alone: customers who started on the same day with as many repeat purchases share
/// it, so it is computed once per distinct pair (a shop of a million customers has a few
/// thousand). Each value is bgNbdConditionalExpectedPurchases's, to the bit.
class BgNbdConditionalCurves {
public:
    BgNbdConditionalCurves(const BgNbdParameters& p, std::vector<double> horizons);

    /// E[Y(horizons[k]) | x, t_x, T] into out[k]; out has one place per horizon.
    void expectedPurchases(int x, double tx, double T, std::span<double> out);

    /// The (x, T) pairs computed so far.
    std::size_t distinctPairs() const { return m_offsets.size(); }

private:
    struct PairHash {
        std::size_t operator()(const std::pair<int, std::uint64_t>& k) const {
            return std::hash<std::uint64_t>()(k.second * 0x9E3779B97F4A7C15ull ^
                                              static_cast<std::uint64_t>(k.first));
        }
    };
    BgNbdParameters m_p;
    std::vector<double> m_horizons;
    /// (x, the bits of T) -> where its numerators start in m_numerators
    std::unordered_map<std::pair<int, std::uint64_t>, std::size_t, PairHash> m_offsets;
    std::vector<double> m_numerators;
};

/// E[X(t)]: expected purchases of a newly acquired customer in t time units (eq. 9).
double bgNbdExpectedPurchases(const BgNbdParameters& p, double t);

} // namespace pvi
