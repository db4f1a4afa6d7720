#include "analytics/effect/propensity_matching.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace pvi {

std::vector<PropensityMatch> matchWithinCalipers(const EffectIndex& index,
                                                 const std::vector<double>& logit, double caliper,
                                                 int calendarDays, std::size_t perExposed) {
    const std::size_t nExposed = index.exposed.size();
    // The exposed with the highest scores first: they have the fewest comparable candidates.
    std::vector<std::size_t> order(nExposed);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return logit[a] > logit[b]; });
    std::vector<bool> used(index.candidates.size(), false);
    std::vector<PropensityMatch> matches;
    std::vector<std::pair<double, std::size_t>> near; // distance, candidate
    for (const std::size_t t : order) {
        const IndexEvent& e = index.exposed[t];
        const auto first =
            std::lower_bound(index.candidates.begin(), index.candidates.end(), e.day - calendarDays,
                             [](const IndexEvent& c, qint64 day) { return c.day < day; });
        near.clear();
        for (auto it = first; it != index.candidates.end() && it->day <= e.day + calendarDays;
             ++it) {
            const auto c = std::size_t(it - index.candidates.begin());
            const double distance = std::abs(logit[nExposed + c] - logit[t]);
            if (!used[c] && it->customer != e.customer && distance <= caliper)
                near.emplace_back(distance, c);
        }
        if (near.empty())
            continue;
        const std::size_t keep = std::min(perExposed, near.size());
        std::partial_sort(near.begin(), near.begin() + std::ptrdiff_t(keep), near.end());
        PropensityMatch match;
        match.exposed = t;
        for (std::size_t i = 0; i < keep; ++i) {
            match.candidates.push_back(near[i].second);
            used[near[i].second] = true;
        }
        matches.push_back(std::move(match));
    }
    std::sort(
        matches.begin(), matches.end(),
        [](const PropensityMatch& a, const PropensityMatch& b) { return a.exposed < b.exposed; });
    return matches;
}

} // namespace pvi
