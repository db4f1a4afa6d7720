#include "analytics/effect/effect_index_events.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <unordered_map>

namespace pvi {

namespace {

/// Countries other than the most common one become indicator covariates when they hold at least
/// this share of the events (at most kMaxCountryTerms of them, the largest first).
constexpr double kMinCountryShare = 0.05;
constexpr std::size_t kMaxCountryTerms = 3;

/// One customer's orders as prefix sums, for sums over day ranges; one object is refilled for
/// each customer, so its storage is reused.
struct OrderHistory {
    std::vector<qint64> days;
    std::vector<double> revenueBefore; ///< revenue of orders [0, i)

    void assign(const EffectCustomer& customer) {
        days.clear();
        revenueBefore.assign(1, 0.0);
        for (const EffectOrder& order : customer.orders) {
            days.push_back(order.day);
            revenueBefore.push_back(revenueBefore.back() + order.revenue);
        }
    }
    std::size_t firstOnOrAfter(qint64 day) const {
        return std::size_t(std::lower_bound(days.begin(), days.end(), day) - days.begin());
    }
    /// Orders (or their revenue) dated in [from, to].
    double sum(qint64 from, qint64 to, EffectOutcome outcome) const {
        const std::size_t lo = firstOnOrAfter(from);
        const std::size_t hi = firstOnOrAfter(to + 1);
        if (hi <= lo)
            return 0;
        return outcome == EffectOutcome::Orders ? double(hi - lo)
                                                : revenueBefore[hi] - revenueBefore[lo];
    }
};

/// The covariates every event has; the country indicators follow them.
constexpr std::size_t kBaseCovariates = 5;

/// The event of customer `c` at `day` without its country indicators, or nothing without an
/// order in the lookback.
std::optional<IndexEvent> eventOf(const EffectOptions& options, std::size_t c,
                                  const EffectCustomer& customer, const OrderHistory& history,
                                  qint64 day, bool exposed) {
    const std::size_t before = history.firstOnOrAfter(day);
    if (before == 0 || history.days[before - 1] < day - options.lookbackDays)
        return std::nullopt;
    IndexEvent event;
    event.customer = c;
    event.day = day;
    event.exposed = exposed;
    const qint64 from = day - options.lookbackDays;
    event.covariates.reserve(kBaseCovariates + kMaxCountryTerms);
    event.covariates = {
        history.sum(from, day - 1, EffectOutcome::Orders),
        history.sum(from, day - 1, EffectOutcome::Revenue),
        double(day - history.days[before - 1]),
        double(day - history.days.front()),
        customer.acceptsMarketing.value_or(false) ? 1.0 : 0.0,
    };
    event.before = history.sum(day - options.windowDays, day - 1, options.outcome);
    event.after = history.sum(day + 1, day + options.windowDays, options.outcome);
    return event;
}

/// The customers' countries, numbered as they come, and how many customers each has.
class CountryCounts {
public:
    std::uint32_t add(const QString& country) {
        const QString& name = country.isEmpty() ? m_unknown : country;
        const auto [it, added] = m_numbers.try_emplace(name, std::uint32_t(m_names.size()));
        if (added) {
            m_names.push_back(name);
            m_counts.push_back(0);
        }
        ++m_counts[it->second];
        return it->second;
    }

    /// The countries that get an indicator: all but the most common, by share of customers
    /// (ties in name order); each country's term index, or none.
    std::vector<std::optional<std::size_t>> terms(std::vector<QString>& names) const {
        std::vector<std::uint32_t> byName(m_names.size());
        for (std::uint32_t i = 0; i < byName.size(); ++i)
            byName[i] = i;
        std::sort(byName.begin(), byName.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return m_names[a] < m_names[b]; });
        qint64 total = 0;
        for (const qint64 n : m_counts)
            total += n;
        std::stable_sort(byName.begin(), byName.end(), [&](std::uint32_t a, std::uint32_t b) {
            return m_counts[a] > m_counts[b];
        });
        std::vector<std::optional<std::size_t>> term(m_names.size());
        for (std::size_t i = 1; i < byName.size() && names.size() < kMaxCountryTerms; ++i) {
            const std::uint32_t country = byName[i];
            if (double(m_counts[country]) >= kMinCountryShare * double(total) &&
                m_names[country] != m_unknown) {
                term[country] = names.size();
                names.push_back(m_names[country]);
            }
        }
        return term;
    }

private:
    const QString m_unknown = QStringLiteral("unknown");
    std::vector<QString> m_names;
    std::vector<qint64> m_counts;
    std::unordered_map<QString, std::uint32_t> m_numbers;
};

} // namespace

EffectIndex buildEffectIndex(const EffectCustomerReader& customers, const EffectOptions& options) {
    EffectIndex index;
    index.covariates = {{QStringLiteral("orders, past year"), true},
                        {QStringLiteral("net revenue, past year"), true},
                        {QStringLiteral("days since last order"), true},
                        {QStringLiteral("days as a customer"), true},
                        {QStringLiteral("accepts marketing"), false}};

    // One pass over the customers: the events without their country indicators, each event's
    // country noted; the indicators are added once every customer's country is counted.
    const qint64 lastStart = options.dataEndDay - options.windowDays;
    const qint64 candidateFrom = options.fromDay - options.calendarCaliperDays;
    const qint64 candidateTo = std::min(options.toDay + options.calendarCaliperDays, lastStart);
    CountryCounts countries;
    std::vector<std::uint32_t> exposedCountries, candidateCountries;
    EffectCustomer customer;
    OrderHistory history;
    for (std::size_t c = 0; c < customers.count; ++c) {
        customers.read(c, customer);
        if (customer.orders.empty())
            continue;
        const std::uint32_t country = countries.add(customer.country);
        history.assign(customer);
        if (customer.exposedDay && *customer.exposedDay >= options.fromDay &&
            *customer.exposedDay <= options.toDay) {
            ++index.exposedInPeriod;
            if (*customer.exposedDay > lastStart) {
                ++index.tooRecent;
            } else if (auto event =
                           eventOf(options, c, customer, history, *customer.exposedDay, true)) {
                index.exposed.push_back(std::move(*event));
                exposedCountries.push_back(country);
            } else {
                ++index.noHistory;
            }
        }
        // Each day with a generic order before the customer's exposure is a candidate.
        qint64 previousDay = -1;
        for (const qint64 day : history.days) {
            if (day == previousDay || day < candidateFrom || day > candidateTo)
                continue;
            previousDay = day;
            if (customer.exposedDay && *customer.exposedDay <= day)
                break;
            if (auto event = eventOf(options, c, customer, history, day, false)) {
                index.candidates.push_back(std::move(*event));
                candidateCountries.push_back(country);
            }
        }
    }
    std::vector<QString> termNames;
    const std::vector<std::optional<std::size_t>> terms = countries.terms(termNames);
    for (const QString& name : termNames)
        index.covariates.push_back({QStringLiteral("country: %1").arg(name), false});
    const auto addIndicators = [&](std::vector<IndexEvent>& events,
                                   const std::vector<std::uint32_t>& countryOf) {
        for (std::size_t e = 0; e < events.size(); ++e) {
            for (std::size_t t = 0; t < termNames.size(); ++t)
                events[e].covariates.push_back(terms[countryOf[e]] == t ? 1.0 : 0.0);
        }
    };
    addIndicators(index.exposed, exposedCountries);
    addIndicators(index.candidates, candidateCountries);
    std::stable_sort(index.candidates.begin(), index.candidates.end(),
                     [](const IndexEvent& a, const IndexEvent& b) { return a.day < b.day; });
    return index;
}

} // namespace pvi
