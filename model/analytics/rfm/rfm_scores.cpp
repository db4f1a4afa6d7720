#include "analytics/rfm/rfm_scores.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace pvi {

int quintileOfRank(qint64 rank, qint64 n) {
    if (n <= 1)
        return 3;
    // Smallest k with r <= 1 + (n − 1) k / 5, in integers: 5 (r − 1) <= (n − 1) k.
    const qint64 numerator = 5 * (rank - 1);
    const qint64 k = (numerator + (n - 1) - 1) / (n - 1);
    return static_cast<int>(std::clamp<qint64>(k, 1, 5));
}

namespace {

/// Ranks 1..n of the inputs by `less`, ties by customer id; returns the rank of each input.
std::vector<qint64> ranks(const std::vector<RfmInput>& inputs,
                          const std::function<bool(const RfmInput&, const RfmInput&)>& less) {
    std::vector<std::size_t> order(inputs.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (less(inputs[a], inputs[b]))
            return true;
        if (less(inputs[b], inputs[a]))
            return false;
        return inputs[a].customerId < inputs[b].customerId;
    });
    std::vector<qint64> rank(inputs.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        rank[order[i]] = static_cast<qint64>(i) + 1;
    return rank;
}

} // namespace

std::vector<RfmScore> scoreRfm(const std::vector<RfmInput>& inputs) {
    const auto n = static_cast<qint64>(inputs.size());
    const std::vector<qint64> recencyRank = ranks(
        inputs, [](const RfmInput& a, const RfmInput& b) { return a.recencyDays > b.recencyDays; });
    const std::vector<qint64> frequencyRank = ranks(
        inputs, [](const RfmInput& a, const RfmInput& b) { return a.frequency < b.frequency; });
    const std::vector<qint64> monetaryRank =
        ranks(inputs, [](const RfmInput& a, const RfmInput& b) { return a.monetary < b.monetary; });
    std::vector<RfmScore> scores(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        scores[i] = {inputs[i].customerId, quintileOfRank(recencyRank[i], n),
                     quintileOfRank(frequencyRank[i], n), quintileOfRank(monetaryRank[i], n)};
    }
    return scores;
}

} // namespace pvi
