#pragma once

#include "analytics/attribution/attribution_result.h"
#include "analytics/attribution/journey.h"

#include <QString>

#include <vector>

namespace pvi {

/// The first-order Markov chain of a set of journeys: states start, one per channel, and the
/// absorbing states conversion and null. Each journey with at least one counted touch is the path
/// start → channels (consecutive repeats of a channel collapsed) → conversion (converted) or null.
/// Transition probabilities are the observed transition counts (each journey counted with its
/// weight) over each state's outgoing total.
/// Conversion probabilities are exact: the absorbing chain's linear system is solved, no sampling.
class MarkovChain {
public:
    explicit MarkovChain(const std::vector<Journey>& journeys);

    /// The channels seen on counted touches, sorted.
    const std::vector<QString>& channels() const { return m_channels; }
    /// Number of journeys that form a path (at least one counted touch).
    int paths() const { return m_paths; }

    /// P(conversion | start) of the chain.
    double conversionProbability() const;
    /// P(conversion | start) when channel `index` is removed (its transitions go to null).
    double conversionProbabilityWithout(std::size_t index) const;
    /// Removal effect per channel: 1 − P(conversion without c) / P(conversion), in [0, 1]
    /// (all 0 when nothing converts).
    ChannelCredit removalEffects() const;

    /// The observed transition probability between two states: "start", a channel name,
    /// "conversion" or "null" (0 for unknown states or states never left).
    double transitionProbability(const QString& from, const QString& to) const;

private:
    double solve(std::ptrdiff_t removed) const;
    std::ptrdiff_t stateIndex(const QString& name) const;

    std::vector<QString> m_channels;
    /// Counts from each transient state (0 = start, 1..k = channels) to every state
    /// (0..k as above, k+1 = conversion, k+2 = null).
    std::vector<std::vector<double>> m_counts;
    int m_paths = 0;
};

} // namespace pvi
