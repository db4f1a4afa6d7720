#include "analytics/attribution/markov_chain.h"

#include "analytics/attribution/markov_linear_solve.h"

#include <algorithm>
#include <numeric>
#include <set>

namespace pvi {

MarkovChain::MarkovChain(const std::vector<Journey>& journeys) {
    std::vector<std::vector<Touch>> paths;
    std::vector<bool> converted;
    std::vector<double> weights;
    std::set<QString> channelSet;
    for (const Journey& journey : journeys) {
        std::vector<Touch> touches = countedTouches(journey);
        if (touches.empty())
            continue;
        for (const Touch& touch : touches)
            channelSet.insert(touch.channel);
        paths.push_back(std::move(touches));
        converted.push_back(journey.converted);
        weights.push_back(journey.weight);
    }
    m_channels.assign(channelSet.begin(), channelSet.end());
    m_paths = static_cast<int>(paths.size());

    const std::size_t k = m_channels.size();
    m_counts.assign(k + 1, std::vector<double>(k + 3, 0.0));
    const auto indexOf = [this](const QString& channel) {
        return static_cast<std::size_t>(
                   std::lower_bound(m_channels.begin(), m_channels.end(), channel) -
                   m_channels.begin()) +
               1;
    };
    for (std::size_t p = 0; p < paths.size(); ++p) {
        std::size_t from = 0;
        for (const Touch& touch : paths[p]) {
            const std::size_t to = indexOf(touch.channel);
            if (to == from)
                continue; // consecutive repeat of a channel: collapsed
            m_counts[from][to] += weights[p];
            from = to;
        }
        m_counts[from][converted[p] ? k + 1 : k + 2] += weights[p];
    }
}

double MarkovChain::solve(std::ptrdiff_t removed) const {
    // x_i = P(conversion | state i) for the transient states solves (I − Q) x = r, where Q holds
    // the transient-to-transient probabilities and r the probabilities of stepping into
    // conversion. A removed channel sends everything to null: its row becomes x_c = 0.
    const std::size_t k = m_channels.size();
    const std::size_t n = k + 1;
    DenseMatrix a(n, std::vector<double>(n, 0.0));
    std::vector<double> r(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        a[i][i] = 1.0;
        const double total = std::accumulate(m_counts[i].begin(), m_counts[i].end(), 0.0);
        if (total == 0.0 || static_cast<std::ptrdiff_t>(i) == removed)
            continue;
        for (std::size_t j = 0; j < n; ++j)
            a[i][j] -= m_counts[i][j] / total;
        r[i] = m_counts[i][k + 1] / total;
    }
    const auto x = solveDense(std::move(a), std::move(r));
    return x ? (*x)[0] : 0.0;
}

double MarkovChain::conversionProbability() const {
    return solve(-1);
}

double MarkovChain::conversionProbabilityWithout(std::size_t index) const {
    return solve(static_cast<std::ptrdiff_t>(index) + 1);
}

ChannelCredit MarkovChain::removalEffects() const {
    ChannelCredit effects;
    const double base = conversionProbability();
    for (std::size_t c = 0; c < m_channels.size(); ++c) {
        double effect = 0.0;
        if (base > 0.0)
            effect = std::clamp(1.0 - conversionProbabilityWithout(c) / base, 0.0, 1.0);
        effects[m_channels[c]] = effect;
    }
    return effects;
}

std::ptrdiff_t MarkovChain::stateIndex(const QString& name) const {
    const std::ptrdiff_t k = static_cast<std::ptrdiff_t>(m_channels.size());
    if (name == u"start")
        return 0;
    if (name == u"conversion")
        return k + 1;
    if (name == u"null")
        return k + 2;
    const auto it = std::lower_bound(m_channels.begin(), m_channels.end(), name);
    if (it == m_channels.end() || *it != name)
        return -1;
    return (it - m_channels.begin()) + 1;
}

double MarkovChain::transitionProbability(const QString& from, const QString& to) const {
    const std::ptrdiff_t i = stateIndex(from);
    const std::ptrdiff_t j = stateIndex(to);
    const auto k = static_cast<std::ptrdiff_t>(m_channels.size());
    if (i < 0 || j < 0 || i > k)
        return 0.0;
    const auto& row = m_counts[static_cast<std::size_t>(i)];
    const double total = std::accumulate(row.begin(), row.end(), 0.0);
    return total > 0.0 ? row[static_cast<std::size_t>(j)] / total : 0.0;
}

} // namespace pvi
