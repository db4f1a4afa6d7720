#include "pvi/engine/metric_support.h"

#include "pvi/engine/pvi_formulas.h"
#include "stats/two_sample_tests.h"
#include "store/db_error.h"

#include <algorithm>

namespace pvi {

std::span<const SnapshotOrder> ordersIn(const OrderSnapshot& snapshot, const DayRange& range) {
    const auto lo =
        std::lower_bound(snapshot.orders.begin(), snapshot.orders.end(), range.from,
                         [](const SnapshotOrder& order, qint64 day) { return order.day < day; });
    const auto hi =
        std::upper_bound(snapshot.orders.begin(), snapshot.orders.end(), range.to,
                         [](qint64 day, const SnapshotOrder& order) { return day < order.day; });
    if (hi <= lo)
        return {};
    return {&*lo, static_cast<std::size_t>(hi - lo)};
}

std::vector<PeriodCustomer> customersIn(const OrderSnapshot& snapshot, const DayRange& range) {
    // The period's orders put in customer order, each customer's still in date order (ties broken
    // by place in the date-sorted snapshot), then one entry per run of a customer: a sorted vector
    // instead of a map node per customer, with each customer's revenue summed in the same order.
    std::vector<const SnapshotOrder*> byCustomer;
    for (const SnapshotOrder& order : ordersIn(snapshot, range)) {
        if (order.customerId != 0)
            byCustomer.push_back(&order);
    }
    std::sort(byCustomer.begin(), byCustomer.end(),
              [](const SnapshotOrder* a, const SnapshotOrder* b) {
                  return a->customerId != b->customerId ? a->customerId < b->customerId : a < b;
              });
    std::vector<PeriodCustomer> customers;
    for (std::size_t i = 0; i < byCustomer.size();) {
        const qint64 id = byCustomer[i]->customerId;
        PeriodCustomer entry;
        entry.customer = &snapshot.customers.at(id);
        entry.exposed = entry.customer->exposedBy(range.to);
        for (; i < byCustomer.size() && byCustomer[i]->customerId == id; ++i) {
            ++entry.orders;
            entry.revenue += byCustomer[i]->revenue;
        }
        customers.push_back(entry);
    }
    return customers;
}

QString noOrdersInPeriodReason(const Period& period) {
    return QStringLiteral("no valid orders between %1 and %2")
        .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
}

QString splitUnavailableReason(const OrderSnapshot& snapshot) {
    if (!snapshot.hasRules)
        return QStringLiteral("no personalization rule yet: add one on the Data page or with "
                              "`pvi rules add`");
    if (!snapshot.anyOrderMatches)
        return QStringLiteral("no personalization rule matches any order: add one on the Data "
                              "page or with `pvi rules add`");
    return {};
}

namespace {

void setLift(PviResult& result, const Interval& interval) {
    if (result.personalized.value && result.control.value)
        result.liftPercent =
            formulas::liftPercent(*result.personalized.value, *result.control.value);
    if (interval.defined())
        result.liftCi95 = std::make_pair(*interval.low, *interval.high);
}

} // namespace

void applyRateSplit(PviResult& result, const ProportionSummary& personalized,
                    const ProportionSummary& control, double scale) {
    auto groupValue = [scale](const ProportionSummary& group) {
        GroupValue value{std::nullopt, group.n};
        if (group.n > 0)
            value.value = group.rate() * scale;
        return value;
    };
    result.personalized = groupValue(personalized);
    result.control = groupValue(control);
    const auto proper = [](const ProportionSummary& g) {
        return g.n > 0 && g.conversions >= 0 && g.conversions <= g.n;
    };
    Interval interval;
    if (proper(personalized) && proper(control)) {
        interval = rateLift(control, personalized);
        result.pValue = twoProportionZTest(control, personalized).pValue;
    }
    setLift(result, interval);
}

void applyMeanSplit(PviResult& result, const MeanSummary& personalized, const MeanSummary& control,
                    double scale) {
    auto groupValue = [scale](const MeanSummary& group) {
        GroupValue value{std::nullopt, group.n};
        if (group.n > 0)
            value.value = group.mean() * scale;
        return value;
    };
    result.personalized = groupValue(personalized);
    result.control = groupValue(control);
    setLift(result, meanLift(control, personalized));
    result.pValue = welchTTest(control, personalized).pValue;
}

void applyValueSplit(PviResult& result, const GroupValue& personalized, const GroupValue& control) {
    result.personalized = personalized;
    result.control = control;
    setLift(result, Interval{});
}

PviResult unavailable(const QString& id, const QString& reason) {
    PviResult r;
    r.id = id;
    r.reason = reason;
    return r;
}

} // namespace pvi
