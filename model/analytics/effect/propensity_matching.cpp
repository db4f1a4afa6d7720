#include "analytics/effect/propensity_matching.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <utility>

namespace pvi {

namespace {

/// A candidate in its day's list: its logit, its number and its customer side by side, so that
/// walking a list reads no index event.
struct Entry {
    double logit = 0;
    std::size_t candidate = 0;
    std::size_t customer = 0;
};

/// A candidate within the calipers: its distance to the exposed event's logit and its number,
/// ordered as the matching takes them (nearest first, then the lower number).
using Near = std::pair<double, std::size_t>;

/// The candidates of each day ordered by logit (the entries of a day are a range of one array).
/// An exposed event walks each day of its calendar window outwards from its own logit, nearest
/// first, and stops a side once it has enough: the work grows with the days in the window, not
/// with the candidates in the calipers (a third of a 10M-line recompute when the matching
/// collected every one of them). Used candidates are skipped through "next unused" links, in
/// both directions, shortened as they are followed.
class CandidatesByDay {
public:
    CandidatesByDay(const EffectIndex& index, const std::vector<double>& logit) {
        const std::size_t nExposed = index.exposed.size();
        for (std::size_t c = 0; c < index.candidates.size(); ++c) {
            const double value = logit[nExposed + c];
            if (std::isnan(value))
                continue; // never within a caliper
            const IndexEvent& candidate = index.candidates[c];
            if (m_days.empty() || m_days.back().day != candidate.day)
                m_days.push_back({candidate.day, m_entries.size()});
            m_entries.push_back({value, c, candidate.customer});
        }
        for (std::size_t d = 0; d < m_days.size(); ++d)
            std::sort(m_entries.begin() + std::ptrdiff_t(m_days[d].begin),
                      m_entries.begin() + std::ptrdiff_t(end(d)),
                      [](const Entry& a, const Entry& b) {
                          return a.logit != b.logit ? a.logit < b.logit : a.candidate < b.candidate;
                      });
        m_positionOf.assign(index.candidates.size(), kNone);
        for (std::size_t i = 0; i < m_entries.size(); ++i)
            m_positionOf[m_entries[i].candidate] = i;
        // Right links: the first unused entry at or after i (the end stays unused). Left links,
        // shifted by one: the last unused entry at or before i − 1 (0 = none).
        m_right.resize(m_entries.size() + 1);
        std::iota(m_right.begin(), m_right.end(), std::size_t(0));
        m_left = m_right;
    }

    /// Adds to `near` the candidates dated in [fromDay, toDay], not used, not of `customer`,
    /// whose distance to `center` is within `caliper`: at least the `wanted` nearest of each
    /// day's side of `center`, and every one as near as the farthest of those, so that the
    /// `wanted` smallest of `near` are those of every such candidate.
    void collect(qint64 fromDay, qint64 toDay, double center, double caliper, std::size_t customer,
                 std::size_t wanted, std::vector<Near>& near) {
        auto day = std::lower_bound(m_days.begin(), m_days.end(), fromDay,
                                    [](const Day& d, qint64 value) { return d.day < value; });
        for (; day != m_days.end() && day->day <= toDay; ++day) {
            const std::size_t d = std::size_t(day - m_days.begin());
            const std::size_t first = day->begin;
            const std::size_t last = end(d);
            const std::size_t split = std::size_t(
                std::lower_bound(m_entries.begin() + std::ptrdiff_t(first),
                                 m_entries.begin() + std::ptrdiff_t(last), center,
                                 [](const Entry& e, double value) { return e.logit < value; }) -
                m_entries.begin());
            // Upwards from the split, then downwards from just below it.
            SideWalk up(near, wanted);
            for (std::size_t i = nextUnused(split); i < last; i = nextUnused(i + 1)) {
                if (!up.take(m_entries[i], std::abs(m_entries[i].logit - center), caliper,
                             customer))
                    break;
            }
            SideWalk down(near, wanted);
            for (std::size_t i = previousUnused(split); i > first; i = previousUnused(i - 1)) {
                const Entry& entry = m_entries[i - 1];
                if (!down.take(entry, std::abs(entry.logit - center), caliper, customer))
                    break;
            }
        }
    }

    /// Marks a candidate used: no later walk visits it.
    void use(std::size_t candidate) {
        const std::size_t i = m_positionOf[candidate];
        m_right[i] = i + 1;
        m_left[i + 1] = i;
    }

private:
    static constexpr std::size_t kNone = ~std::size_t(0);

    struct Day {
        qint64 day = 0;
        std::size_t begin = 0; ///< its first entry
    };

    /// One side of one day: takes entries nearest first until it holds `wanted` and the next is
    /// farther than the last it holds.
    class SideWalk {
    public:
        SideWalk(std::vector<Near>& near, std::size_t wanted)
            : m_near(near)
            , m_wanted(wanted) {}

        /// False when the walk stops at this entry.
        bool take(const Entry& entry, double distance, double caliper, std::size_t customer) {
            if (!(distance <= caliper) || (m_taken >= m_wanted && distance > m_farthest))
                return false;
            if (entry.customer != customer) {
                m_near.emplace_back(distance, entry.candidate);
                m_farthest = distance;
                ++m_taken;
            }
            return true;
        }

    private:
        std::vector<Near>& m_near;
        std::size_t m_wanted;
        std::size_t m_taken = 0;
        double m_farthest = 0;
    };

    std::size_t end(std::size_t d) const {
        return d + 1 < m_days.size() ? m_days[d + 1].begin : m_entries.size();
    }
    /// The first unused entry at or after i (the end when none).
    std::size_t nextUnused(std::size_t i) {
        while (m_right[i] != i) {
            m_right[i] = m_right[m_right[i]];
            i = m_right[i];
        }
        return i;
    }
    /// One past the last unused entry before `i` (0 when none).
    std::size_t previousUnused(std::size_t i) {
        while (m_left[i] != i) {
            m_left[i] = m_left[m_left[i]];
            i = m_left[i];
        }
        return i;
    }

    std::vector<Day> m_days;               ///< by day, as the candidates are
    std::vector<Entry> m_entries;          ///< per day, by (logit, candidate)
    std::vector<std::size_t> m_positionOf; ///< candidate → its entry (kNone: NaN logit)
    std::vector<std::size_t> m_right;      ///< see nextUnused
    std::vector<std::size_t> m_left;       ///< see previousUnused
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
    CandidatesByDay byDay(index, logit);
    std::vector<PropensityMatch> matches;
    std::vector<Near> near;
    for (const std::size_t t : order) {
        if (std::isnan(logit[t]) || perExposed == 0)
            continue; // within no caliper
        const IndexEvent& e = index.exposed[t];
        near.clear();
        byDay.collect(e.day - calendarDays, e.day + calendarDays, logit[t], caliper, e.customer,
                      perExposed, near);
        if (near.empty())
            continue;
        const std::size_t keep = std::min(perExposed, near.size());
        std::partial_sort(near.begin(), near.begin() + std::ptrdiff_t(keep), near.end());
        PropensityMatch match;
        match.exposed = t;
        for (std::size_t i = 0; i < keep; ++i) {
            match.candidates.push_back(near[i].second);
            byDay.use(near[i].second);
        }
        matches.push_back(std::move(match));
    }
    std::sort(
        matches.begin(), matches.end(),
        [](const PropensityMatch& a, const PropensityMatch& b) { return a.exposed < b.exposed; });
    return matches;
}

} // namespace pvi
