#include "analytics/effect/propensity_matching.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace pvi {

namespace {

/// The candidates of each day ordered by logit, so that those within the calipers of an exposed
/// event are a few ranges of the days in its calendar window, not every candidate of the window
/// (which made matching grow with the square of the shop: a third of a 10M-line recompute).
class CandidatesByDay {
public:
    CandidatesByDay(const EffectIndex& index, const std::vector<double>& logit) {
        const std::size_t nExposed = index.exposed.size();
        for (std::size_t c = 0; c < index.candidates.size(); ++c) {
            const double value = logit[nExposed + c];
            if (std::isnan(value))
                continue; // never within a caliper
            const qint64 day = index.candidates[c].day;
            if (m_days.empty() || m_days.back().day != day)
                m_days.push_back({day, m_byLogit.size()});
            m_byLogit.emplace_back(value, c);
        }
        for (std::size_t d = 0; d < m_days.size(); ++d)
            std::sort(m_byLogit.begin() + std::ptrdiff_t(m_days[d].begin),
                      m_byLogit.begin() + std::ptrdiff_t(end(d)));
    }

    /// Calls visit(candidate) for each candidate dated in [fromDay, toDay] whose logit lies in
    /// [low, high].
    template <typename Visit>
    void forEach(qint64 fromDay, qint64 toDay, double low, double high, Visit&& visit) const {
        auto day = std::lower_bound(m_days.begin(), m_days.end(), fromDay,
                                    [](const Day& d, qint64 value) { return d.day < value; });
        for (; day != m_days.end() && day->day <= toDay; ++day) {
            const std::size_t d = std::size_t(day - m_days.begin());
            const auto last = m_byLogit.begin() + std::ptrdiff_t(end(d));
            auto it = std::lower_bound(m_byLogit.begin() + std::ptrdiff_t(day->begin), last, low,
                                       [](const std::pair<double, std::size_t>& e, double value) {
                                           return e.first < value;
                                       });
            for (; it != last && it->first <= high; ++it)
                visit(it->second);
        }
    }

private:
    struct Day {
        qint64 day = 0;
        std::size_t begin = 0; ///< its first entry in m_byLogit
    };
    std::size_t end(std::size_t d) const {
        return d + 1 < m_days.size() ? m_days[d + 1].begin : m_byLogit.size();
    }

    std::vector<Day> m_days;                               ///< by day, as the candidates are
    std::vector<std::pair<double, std::size_t>> m_byLogit; ///< (logit, candidate) per day
};

} // namespace

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
    const CandidatesByDay byDay(index, logit);
    std::vector<PropensityMatch> matches;
    std::vector<std::pair<double, std::size_t>> near; // distance, candidate
    for (const std::size_t t : order) {
        const IndexEvent& e = index.exposed[t];
        near.clear();
        // The logit range is widened a little so that rounding never leaves out a candidate
        // the exact test below takes; the test decides.
        const double slack = 1e-9 * (std::abs(logit[t]) + caliper) + 1e-12;
        byDay.forEach(e.day - calendarDays, e.day + calendarDays, logit[t] - caliper - slack,
                      logit[t] + caliper + slack, [&](std::size_t c) {
                          const double distance = std::abs(logit[nExposed + c] - logit[t]);
                          if (!used[c] && index.candidates[c].customer != e.customer &&
                              distance <= caliper)
                              near.emplace_back(distance, c);
                      });
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
