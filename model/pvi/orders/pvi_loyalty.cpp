#include "pvi/orders/pvi_loyalty.h"

#include "pvi/engine/metric_support.h"
#include "pvi/engine/pvi_formulas.h"

namespace pvi {

QString noActiveCustomersReason() {
    return QStringLiteral("no customers were active before the period");
}

namespace {

/// Adds one customer to a group's counts.
void addActivity(ActivitySplit& split, const OrderSnapshot& snapshot,
                 const SnapshotCustomer& customer, const DayRange& range) {
    if (customer.firstDay() > range.to)
        return;
    const bool atStart = snapshot.isActive(customer, range.from - 1);
    const bool atEnd = snapshot.isActive(customer, range.to);
    const bool isNew = customer.firstDay() >= range.from;
    for (ActivityCounts* counts :
         {&split.all, customer.exposedBy(range.to) ? &split.personalized : &split.control}) {
        counts->activeAtStart += atStart;
        counts->activeAtEnd += atEnd;
        counts->newInPeriod += isNew;
        counts->lostOfStart += atStart && !atEnd;
    }
}

void add(ActivityCounts& into, const ActivityCounts& counts) {
    into.activeAtStart += counts.activeAtStart;
    into.activeAtEnd += counts.activeAtEnd;
    into.newInPeriod += counts.newInPeriod;
    into.lostOfStart += counts.lostOfStart;
}

} // namespace

ActivitySplit activityCounts(const OrderSnapshot& snapshot, const Period& period) {
    return activityCountsByGroup(snapshot, period, 1, [](qint64) { return 0; }).front();
}

std::vector<ActivitySplit> activityCountsByGroup(const OrderSnapshot& snapshot,
                                                 const Period& period, std::size_t groupCount,
                                                 const std::function<int(qint64)>& groupOf) {
    const DayRange range = DayRange::of(period);
    std::vector<ActivitySplit> groups(groupCount);
    for (const qint64 id : snapshot.customerIds) {
        const int group = groupOf(id);
        if (group >= 0 && static_cast<std::size_t>(group) < groupCount)
            addActivity(groups[static_cast<std::size_t>(group)], snapshot,
                        snapshot.customers.at(id), range);
    }
    return groups;
}

ActivitySplit sumOf(const std::vector<ActivitySplit>& groups) {
    ActivitySplit sum;
    for (const ActivitySplit& group : groups) {
        add(sum.all, group.all);
        add(sum.personalized, group.personalized);
        add(sum.control, group.control);
    }
    return sum;
}

namespace {

PviResult startResult(const char* id, const OrderSnapshot& snapshot) {
    PviResult result;
    result.id = QLatin1String(id);
    result.splitReason = splitUnavailableReason(snapshot);
    return result;
}

} // namespace

PviResult customerRetentionRate(const OrderSnapshot& snapshot, const Period& period) {
    return customerRetentionRate(snapshot, activityCounts(snapshot, period));
}

PviResult customerRetentionRate(const OrderSnapshot& snapshot, const ActivitySplit& split) {
    PviResult result = startResult("customer_retention_rate", snapshot);
    const ActivityCounts& all = split.all;
    result.n = all.activeAtStart;
    result.value = formulas::retentionRate(all.activeAtStart, all.newInPeriod, all.activeAtEnd);
    result.available = result.value.has_value();
    if (!result.available) {
        result.reason = noActiveCustomersReason();
        return result;
    }
    if (result.splitReason.isEmpty()) {
        auto summary = [](const ActivityCounts& c) {
            return ProportionSummary{c.activeAtStart, c.activeAtEnd - c.newInPeriod};
        };
        applyRateSplit(result, summary(split.personalized), summary(split.control));
    }
    return result;
}

PviResult churnRate(const OrderSnapshot& snapshot, const Period& period) {
    PviResult result = startResult("churn_rate", snapshot);
    const ActivitySplit split = activityCounts(snapshot, period);
    result.n = split.all.activeAtStart;
    result.value = formulas::churnRate(split.all.activeAtStart, split.all.lostOfStart);
    result.available = result.value.has_value();
    if (!result.available) {
        result.reason = noActiveCustomersReason();
        return result;
    }
    if (result.splitReason.isEmpty()) {
        auto summary = [](const ActivityCounts& c) {
            return ProportionSummary{c.activeAtStart, c.lostOfStart};
        };
        applyRateSplit(result, summary(split.personalized), summary(split.control));
    }
    return result;
}

PviResult repeatPurchaseRate(const OrderSnapshot& snapshot, const Period& period) {
    PviResult result = startResult("repeat_purchase_rate", snapshot);
    const DayRange range = DayRange::of(period);
    ProportionSummary all, personalized, control;
    for (const PeriodCustomer& entry : customersIn(snapshot, range)) {
        const bool repeater =
            entry.customer->ordersBetween(entry.customer->firstDay(), range.to) > 1;
        for (ProportionSummary* group : {&all, entry.exposed ? &personalized : &control}) {
            ++group->n;
            group->conversions += repeater;
        }
    }
    result.n = all.n;
    result.value = formulas::repeatPurchaseRate(all.conversions, all.n);
    result.available = result.value.has_value();
    if (!result.available) {
        result.reason = noOrdersInPeriodReason(period);
        return result;
    }
    if (result.splitReason.isEmpty())
        applyRateSplit(result, personalized, control);
    return result;
}

PviResult purchaseFrequency(const OrderSnapshot& snapshot, const Period& period) {
    PviResult result = startResult("purchase_frequency", snapshot);
    const DayRange range = DayRange::of(period);
    MeanSummary all, personalized, control;
    for (const PeriodCustomer& entry : customersIn(snapshot, range)) {
        const auto orders = static_cast<double>(entry.orders);
        all.add(orders);
        (entry.exposed ? personalized : control).add(orders);
    }
    result.n = all.n;
    result.value = formulas::purchaseFrequency(static_cast<qint64>(all.sum), all.n, range.days());
    result.available = result.value.has_value();
    if (!result.available) {
        result.reason = noOrdersInPeriodReason(period);
        return result;
    }
    if (result.splitReason.isEmpty())
        applyMeanSplit(result, personalized, control, 365.0 / static_cast<double>(range.days()));
    return result;
}

PviResult marketingConsentRate(const OrderSnapshot& snapshot, const Period& period) {
    PviResult result = startResult("marketing_consent_rate", snapshot);
    const qint64 toDay = period.to.toJulianDay();
    ProportionSummary all, personalized, control;
    qint64 customersSoFar = 0;
    for (const qint64 id : snapshot.customerIds) {
        const SnapshotCustomer& customer = snapshot.customers.at(id);
        if (customer.firstDay() > toDay)
            continue;
        ++customersSoFar;
        const auto last = std::upper_bound(customer.days.begin(), customer.days.end(), toDay) -
                          customer.days.begin() - 1;
        std::optional<bool> accepts = snapshot.orders[customer.orders[last]].acceptsMarketing;
        if (!accepts)
            accepts = customer.recordAcceptsMarketing;
        if (!accepts)
            continue;
        for (ProportionSummary* group :
             {&all, customer.exposedBy(toDay) ? &personalized : &control}) {
            ++group->n;
            group->conversions += *accepts;
        }
    }
    result.n = all.n;
    if (all.n == 0) {
        result.reason = customersSoFar == 0
                            ? QStringLiteral("no customer has a valid order up to %1")
                                  .arg(period.to.toString(Qt::ISODate))
                            : QStringLiteral("the orders say nothing about marketing consent: "
                                             "import an export with an Accepts Marketing column "
                                             "or a Shopify customers export to see this");
        return result;
    }
    result.available = true;
    result.value = static_cast<double>(all.conversions) / static_cast<double>(all.n) * 100.0;
    if (result.splitReason.isEmpty())
        applyRateSplit(result, personalized, control);
    return result;
}

} // namespace pvi
