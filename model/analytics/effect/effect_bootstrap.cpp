#include "analytics/effect/effect_bootstrap.h"

#include "stats/uniform_index.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

namespace pvi {

namespace {

/// 2.5% and 97.5% percentiles of the replicates (sorted in place).
std::pair<double, double> percentileInterval(std::vector<double>& replicates) {
    std::sort(replicates.begin(), replicates.end());
    const auto at = [&](double q) {
        const double pos = q * double(replicates.size() - 1);
        const auto lo = static_cast<std::size_t>(std::floor(pos));
        const std::size_t hi = std::min(lo + 1, replicates.size() - 1);
        return replicates[lo] + (pos - double(lo)) * (replicates[hi] - replicates[lo]);
    };
    return {at(0.025), at(0.975)};
}

/// The candidates of one customer, summed.
struct Cluster {
    double sum = 0;
    double count = 0;
};

/// The candidates' outcomes summed per customer, in an order that does not depend on hashing
/// (so the seed alone fixes the replicates).
std::vector<Cluster> clustersByCustomer(const std::vector<IndexEvent>& candidates) {
    std::unordered_map<std::size_t, Cluster> byCustomer;
    for (const IndexEvent& c : candidates) {
        Cluster& cluster = byCustomer[c.customer];
        cluster.sum += c.after;
        cluster.count += 1;
    }
    std::vector<Cluster> clusters;
    clusters.reserve(byCustomer.size());
    for (const auto& entry : byCustomer)
        clusters.push_back(entry.second);
    std::sort(clusters.begin(), clusters.end(), [](const Cluster& a, const Cluster& b) {
        return a.sum != b.sum ? a.sum < b.sum : a.count < b.count;
    });
    return clusters;
}

/// Calls use(i) for `count` indices drawn from `pick`, in the order drawn. The indices are drawn a
/// block at a time before any is used: on a large shop the values they pick are scattered over
/// arrays larger than the caches, and reads that no longer wait for the generator between them
/// overlap (the 10M-line shop's naive interval: 5.8 s before).
template <typename Use>
void forEachDraw(std::size_t count, const UniformIndex& pick, MersenneTwister64& rng, Use&& use) {
    constexpr std::size_t kBlock = 512;
    std::array<std::size_t, kBlock> block;
    for (std::size_t done = 0; done < count;) {
        const std::size_t n = std::min(kBlock, count - done);
        for (std::size_t i = 0; i < n; ++i)
            block[i] = pick(rng);
        for (std::size_t i = 0; i < n; ++i)
            use(block[i]);
        done += n;
    }
}

double meanAfter(const std::vector<IndexEvent>& events) {
    double sum = 0;
    for (const IndexEvent& e : events)
        sum += e.after;
    return events.empty() ? 0.0 : sum / double(events.size());
}

} // namespace

EffectEstimate naiveEstimate(const EffectIndex& index, std::size_t replicates,
                             MersenneTwister64& rng) {
    EffectEstimate naive;
    naive.exposedMean = meanAfter(index.exposed);
    naive.comparisonMean = meanAfter(index.candidates);
    naive.difference = naive.exposedMean - naive.comparisonMean;
    const std::vector<Cluster> clusters = clustersByCustomer(index.candidates);
    const std::size_t nExposed = index.exposed.size();
    // The outcomes alone, side by side: each replicate draws them at random, and an index event
    // (with its covariates) is eight times their size.
    std::vector<double> exposedAfter(nExposed);
    for (std::size_t i = 0; i < nExposed; ++i)
        exposedAfter[i] = index.exposed[i].after;
    std::vector<double> draws(replicates);
    const UniformIndex pickExposed(nExposed);
    const UniformIndex pickCluster(clusters.size());
    for (double& draw : draws) {
        double exposedSum = 0;
        forEachDraw(nExposed, pickExposed, rng,
                    [&](std::size_t i) { exposedSum += exposedAfter[i]; });
        Cluster total;
        forEachDraw(clusters.size(), pickCluster, rng, [&](std::size_t i) {
            total.sum += clusters[i].sum;
            total.count += clusters[i].count;
        });
        draw = exposedSum / double(nExposed) - total.sum / total.count;
    }
    std::tie(naive.ciLow, naive.ciHigh) = percentileInterval(draws);
    return naive;
}

MatchedEstimates matchedEstimates(const std::vector<MatchedPair>& pairs, std::size_t replicates,
                                  MersenneTwister64& rng) {
    const auto difference = [&](std::size_t p) {
        return pairs[p].exposedAfter - pairs[p].controlAfter;
    };
    const auto differenceInDifferences = [&](std::size_t p) {
        const MatchedPair& m = pairs[p];
        return (m.exposedAfter - m.exposedBefore) - (m.controlAfter - m.controlBefore);
    };
    const double n = double(pairs.size());
    MatchedEstimates e;
    for (std::size_t p = 0; p < pairs.size(); ++p) {
        e.matched.exposedMean += pairs[p].exposedAfter / n;
        e.matched.comparisonMean += pairs[p].controlAfter / n;
        e.matched.difference += difference(p) / n;
        e.differenceInDifferences.difference += differenceInDifferences(p) / n;
    }
    e.differenceInDifferences.exposedMean = e.matched.exposedMean;
    e.differenceInDifferences.comparisonMean = e.matched.comparisonMean;

    std::vector<double> matchedDraws(replicates);
    std::vector<double> didDraws(replicates);
    std::vector<double> relativeDraws;
    const UniformIndex pickPair(pairs.size());
    for (std::size_t r = 0; r < replicates; ++r) {
        double sumDifference = 0;
        double sumDid = 0;
        double sumComparison = 0;
        forEachDraw(pairs.size(), pickPair, rng, [&](std::size_t p) {
            sumDifference += difference(p);
            sumDid += differenceInDifferences(p);
            sumComparison += pairs[p].controlAfter;
        });
        matchedDraws[r] = sumDifference / n;
        didDraws[r] = sumDid / n;
        if (sumComparison > 0)
            relativeDraws.push_back(100.0 * sumDifference / sumComparison);
    }
    std::tie(e.matched.ciLow, e.matched.ciHigh) = percentileInterval(matchedDraws);
    std::tie(e.differenceInDifferences.ciLow, e.differenceInDifferences.ciHigh) =
        percentileInterval(didDraws);
    // The relative difference only when nearly every replicate had a comparison to divide by.
    if (e.matched.comparisonMean > 0 && relativeDraws.size() * 100 >= replicates * 99) {
        e.matched.relativePercent = 100.0 * e.matched.difference / e.matched.comparisonMean;
        e.matched.relativeCi95 = percentileInterval(relativeDraws);
    }
    return e;
}

} // namespace pvi
