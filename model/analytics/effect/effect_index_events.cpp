#include "analytics/effect/effect_index_events.h"

#include <algorithm>
#include <map>
#include <optional>

namespace pvi {

namespace {

/// Countries other than the most common one become indicator covariates when they hold at least
/// this share of the events (at most kMaxCountryTerms of them, the largest first).
constexpr double kMinCountryShare = 0.05;
constexpr std::size_t kMaxCountryTerms = 3;

/// One customer's orders as prefix sums, for sums over day ranges.
struct OrderHistory {
    std::vector<qint64> days;
    std::vector<double> revenueBefore; ///< revenue of orders [0, i)

    explicit OrderHistory(const EffectCustomer& customer) {
        revenueBefore.push_back(0);
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

struct EventBuilder {
    const EffectOptions& options;
    std::vector<QString> countryTerms;

    /// The event of customer `c` at `day`, or nothing without an order in the lookback.
    std::optional<IndexEvent> make(std::size_t c, const EffectCustomer& customer,
                                   const OrderHistory& history, qint64 day, bool exposed) const {
        const std::size_t before = history.firstOnOrAfter(day);
        if (before == 0 || history.days[before - 1] < day - options.lookbackDays)
            return std::nullopt;
        IndexEvent event;
        event.customer = c;
        event.day = day;
        event.exposed = exposed;
        const qint64 from = day - options.lookbackDays;
        event.covariates = {
            history.sum(from, day - 1, EffectOutcome::Orders),
            history.sum(from, day - 1, EffectOutcome::Revenue),
            double(day - history.days[before - 1]),
            double(day - history.days.front()),
            customer.acceptsMarketing.value_or(false) ? 1.0 : 0.0,
        };
        for (const QString& country : countryTerms)
            event.covariates.push_back(customer.country == country ? 1.0 : 0.0);
        event.before = history.sum(day - options.windowDays, day - 1, options.outcome);
        event.after = history.sum(day + 1, day + options.windowDays, options.outcome);
        return event;
    }
};

/// The countries that get an indicator: all but the most common, by share of customers.
std::vector<QString> countryTermsOf(const EffectCustomerReader& customers) {
    std::map<QString, qint64> counts;
    EffectCustomer c;
    for (std::size_t i = 0; i < customers.count; ++i) {
        customers.read(i, c);
        if (!c.orders.empty())
            ++counts[c.country.isEmpty() ? QStringLiteral("unknown") : c.country];
    }
    std::vector<std::pair<qint64, QString>> ranked;
    qint64 total = 0;
    for (const auto& [country, n] : counts) {
        ranked.emplace_back(n, country);
        total += n;
    }
    std::sort(ranked.begin(), ranked.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<QString> terms;
    for (std::size_t i = 1; i < ranked.size() && terms.size() < kMaxCountryTerms; ++i)
        if (double(ranked[i].first) >= kMinCountryShare * double(total) &&
            ranked[i].second != u"unknown")
            terms.push_back(ranked[i].second);
    return terms;
}

} // namespace

EffectIndex buildEffectIndex(const EffectCustomerReader& customers, const EffectOptions& options) {
    EffectIndex index;
    index.covariates = {{QStringLiteral("orders, past year"), true},
                        {QStringLiteral("net revenue, past year"), true},
                        {QStringLiteral("days since last order"), true},
                        {QStringLiteral("days as a customer"), true},
                        {QStringLiteral("accepts marketing"), false}};
    const EventBuilder builder{options, countryTermsOf(customers)};
    for (const QString& country : builder.countryTerms)
        index.covariates.push_back({QStringLiteral("country: %1").arg(country), false});

    // A start needs its whole outcome window inside the data.
    const qint64 lastStart = options.dataEndDay - options.windowDays;
    const qint64 candidateFrom = options.fromDay - options.calendarCaliperDays;
    const qint64 candidateTo = std::min(options.toDay + options.calendarCaliperDays, lastStart);
    EffectCustomer customer;
    for (std::size_t c = 0; c < customers.count; ++c) {
        customers.read(c, customer);
        if (customer.orders.empty())
            continue;
        const OrderHistory history(customer);
        if (customer.exposedDay && *customer.exposedDay >= options.fromDay &&
            *customer.exposedDay <= options.toDay) {
            ++index.exposedInPeriod;
            if (*customer.exposedDay > lastStart)
                ++index.tooRecent;
            else if (auto event = builder.make(c, customer, history, *customer.exposedDay, true))
                index.exposed.push_back(std::move(*event));
            else
                ++index.noHistory;
        }
        // Each day with a generic order before the customer's exposure is a candidate.
        qint64 previousDay = -1;
        for (const qint64 day : history.days) {
            if (day == previousDay || day < candidateFrom || day > candidateTo)
                continue;
            previousDay = day;
            if (customer.exposedDay && *customer.exposedDay <= day)
                break;
            if (auto event = builder.make(c, customer, history, day, false))
                index.candidates.push_back(std::move(*event));
        }
    }
    std::stable_sort(index.candidates.begin(), index.candidates.end(),
                     [](const IndexEvent& a, const IndexEvent& b) { return a.day < b.day; });
    return index;
}

} // namespace pvi
