#include "analytics/rfm/rfm_scores.h"

#include <algorithm>
#include <functional>

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

/// Ranks 1..n of the inputs by `less` on the value `valueOf` gives, ties by customer id; returns
/// the rank of each input. The values are sorted together with their ids in one array, so the
/// sort compares neighbouring entries, not inputs reached through an index.
template <typename ValueOf, typename Less>
std::vector<qint64> ranks(const std::vector<RfmInput>& inputs, ValueOf valueOf, Less less) {
    struct Entry {
        decltype(valueOf(RfmInput{})) value;
        qint64 customerId;
        std::size_t input;
    };
    std::vector<Entry> entries;
    entries.reserve(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i)
        entries.push_back({valueOf(inputs[i]), inputs[i].customerId, i});
    std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
        if (less(a.value, b.value))
            return true;
        if (less(b.value, a.value))
            return false;
        return a.customerId < b.customerId;
    });
    std::vector<qint64> rank(inputs.size());
    for (std::size_t i = 0; i < entries.size(); ++i)
        rank[entries[i].input] = static_cast<qint64>(i) + 1;
    return rank;
}

} // namespace

std::vector<RfmScore> scoreRfm(const std::vector<RfmInput>& inputs) {
    const auto n = static_cast<qint64>(inputs.size());
    const std::vector<qint64> recencyRank = ranks(
        inputs, [](const RfmInput& in) { return in.recencyDays; }, std::greater<>());
    const std::vector<qint64> frequencyRank = ranks(
        inputs, [](const RfmInput& in) { return in.frequency; }, std::less<>());
    const std::vector<qint64> monetaryRank = ranks(
        inputs, [](const RfmInput& in) { return in.monetary; }, std::less<>());
    std::vector<RfmScore> scores(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        scores[i] = {inputs[i].customerId, quintileOfRank(recencyRank[i], n),
                     quintileOfRank(frequencyRank[i], n), quintileOfRank(monetaryRank[i], n)};
    }
    return scores;
}

} // namespace pvi
