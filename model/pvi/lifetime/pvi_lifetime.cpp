#include "pvi/lifetime/pvi_lifetime.h"

#include "analytics/rfm/rfm_assignment.h"
#include "pvi/engine/metric_support.h"
#include "pvi/engine/pvi_formulas.h"
#include "pvi/orders/pvi_segments.h"
#include "stats/two_sample_tests.h"

#include <algorithm>
#include <span>

namespace pvi {

namespace {

Period twelveMonthsEnding(const QDate& to) {
    return {to.addYears(-1).addDays(1), to};
}

} // namespace

std::optional<double> LifetimeInputs::churnFraction() const {
    if (activeAtStart <= 0)
        return std::nullopt;
    return static_cast<double>(lostOfStart) / static_cast<double>(activeAtStart);
}

std::optional<double> LifetimeInputs::lifespanYears() const {
    const auto churn = churnFraction();
    if (!churn)
        return std::nullopt;
    return formulas::lifespanYears(*churn);
}

std::optional<double> LifetimeInputs::averageOrderValue() const {
    if (orders <= 0)
        return std::nullopt;
    return revenue / static_cast<double>(orders);
}

std::optional<double> LifetimeInputs::purchaseFrequency() const {
    return formulas::purchaseFrequency(customerOrders, customers, windowDays);
}

std::optional<double> LifetimeInputs::clv() const {
    const auto aov = averageOrderValue();
    const auto frequency = purchaseFrequency();
    const auto lifespan = lifespanYears();
    if (!aov || !frequency || !lifespan)
        return std::nullopt;
    return formulas::clvSimple(*aov, *frequency, *lifespan);
}

std::vector<LifetimeInputs>
lifetimeInputsByGroup(const OrderSnapshot& snapshot, const QDate& to, std::size_t groupCount,
                      const std::function<int(const SnapshotCustomer*)>& groupOf) {
    const DayRange range = DayRange::of(twelveMonthsEnding(to));
    std::vector<LifetimeInputs> groups(groupCount);
    for (LifetimeInputs& inputs : groups)
        inputs.windowDays = range.days();
    const auto groupAt = [&](const SnapshotCustomer* customer) -> LifetimeInputs* {
        const int g = groupOf(customer);
        return g >= 0 && static_cast<std::size_t>(g) < groupCount
                   ? &groups[static_cast<std::size_t>(g)]
                   : nullptr;
    };
    // Each order of the window gets its customer's group here, once per customer, so the orders
    // below are summed in date order without a look-up per order.
    const std::span<const SnapshotOrder> window = ordersIn(snapshot, range);
    const std::size_t windowStart =
        window.empty() ? 0 : static_cast<std::size_t>(window.data() - snapshot.orders.data());
    std::vector<LifetimeInputs*> orderGroups(window.size(), nullptr);
    for (const qint64 id : snapshot.customerIds) {
        const SnapshotCustomer& customer = snapshot.customers.at(id);
        if (customer.firstDay() > range.to)
            continue;
        LifetimeInputs* inputs = groupAt(&customer);
        if (!inputs)
            continue;
        const auto from = std::lower_bound(customer.days.begin(), customer.days.end(), range.from);
        const auto end = std::upper_bound(from, customer.days.end(), range.to);
        for (auto day = from; day != end; ++day)
            orderGroups[customer.orders[static_cast<std::size_t>(day - customer.days.begin())] -
                        windowStart] = inputs;
        if (end != from)
            ++inputs->customers;
        const bool atStart = snapshot.isActive(customer, range.from - 1);
        inputs->activeAtStart += atStart;
        inputs->lostOfStart += atStart && !snapshot.isActive(customer, range.to);
    }
    LifetimeInputs* const guests = groupAt(nullptr);
    for (std::size_t i = 0; i < window.size(); ++i) {
        const SnapshotOrder& order = window[i];
        LifetimeInputs* inputs = order.customerId == 0 ? guests : orderGroups[i];
        if (!inputs)
            continue;
        ++inputs->orders;
        inputs->customerOrders += order.customerId != 0;
        inputs->revenue += order.revenue;
    }
    return groups;
}

LifetimeInputs lifetimeInputs(const OrderSnapshot& snapshot, const QDate& to,
                              const std::function<bool(const SnapshotCustomer&)>& member) {
    return lifetimeInputsByGroup(snapshot, to, 1,
                                 [&](const SnapshotCustomer* customer) {
                                     if (!member)
                                         return 0; // every customer, and the guests' orders
                                     return customer && member(*customer) ? 0 : -1;
                                 })
        .front();
}

namespace {

/// Computed once per day for the snapshot: customer_lifespan, clv_simple and clv_by_segment
/// of a period all read it.
std::shared_ptr<const LifetimeSplit> lifetimeSplit(const OrderSnapshot& snapshot, const QDate& to) {
    const qint64 toDay = to.toJulianDay();
    return snapshot.lifetime.get(toDay, [&] {
        return LifetimeSplit{
            lifetimeInputs(snapshot, to, {}),
            lifetimeInputs(snapshot, to,
                           [&](const SnapshotCustomer& c) { return c.exposedBy(toDay); }),
            lifetimeInputs(snapshot, to,
                           [&](const SnapshotCustomer& c) { return !c.exposedBy(toDay); })};
    });
}

QString noActiveBeforeYearReason(const QDate& to) {
    return QStringLiteral("no customers were active before the 12 months ending %1")
        .arg(to.toString(Qt::ISODate));
}

GroupValue group(std::optional<double> value, qint64 n) {
    return {value, n};
}

} // namespace

PviResult customerLifespan(const OrderSnapshot& snapshot, const Period& period) {
    PviResult result;
    result.id = QStringLiteral("customer_lifespan");
    const std::shared_ptr<const LifetimeSplit> held = lifetimeSplit(snapshot, period.to);
    const LifetimeSplit& split = *held;
    result.n = split.all.activeAtStart;
    result.value = split.all.lifespanYears();
    result.available = result.value.has_value();
    if (!result.available) {
        result.reason = noActiveBeforeYearReason(period.to);
        return result;
    }
    result.splitReason = splitUnavailableReason(snapshot);
    if (!result.splitReason.isEmpty())
        return result;
    applyValueSplit(result,
                    group(split.personalized.lifespanYears(), split.personalized.activeAtStart),
                    group(split.control.lifespanYears(), split.control.activeAtStart));
    const ProportionSummary churnP{split.personalized.activeAtStart,
                                   split.personalized.lostOfStart};
    const ProportionSummary churnC{split.control.activeAtStart, split.control.lostOfStart};
    if (churnP.n == 0 || churnC.n == 0)
        return result;
    result.pValue = twoProportionZTest(churnC, churnP).pValue;
    // Lifespan ratio = 1 / churn ratio while neither group is at the cap.
    const auto capped = [](const LifetimeInputs& in) {
        return *in.lifespanYears() >= formulas::kMaxLifespanYears;
    };
    const Interval churnLift = rateLift(churnC, churnP);
    if (!capped(split.personalized) && !capped(split.control) && churnLift.defined()) {
        const double low = 1.0 / (1.0 + *churnLift.high / 100.0);
        const double high = 1.0 / (1.0 + *churnLift.low / 100.0);
        result.liftCi95 = std::make_pair((low - 1.0) * 100.0, (high - 1.0) * 100.0);
    }
    return result;
}

PviResult clvSimple(const OrderSnapshot& snapshot, const Period& period) {
    PviResult result;
    result.id = QStringLiteral("clv_simple");
    const std::shared_ptr<const LifetimeSplit> held = lifetimeSplit(snapshot, period.to);
    const LifetimeSplit& split = *held;
    result.n = split.all.customers;
    result.value = split.all.clv();
    result.available = result.value.has_value();
    if (!result.available) {
        result.reason = split.all.orders == 0
                            ? noOrdersInPeriodReason(twelveMonthsEnding(period.to))
                            : noActiveBeforeYearReason(period.to);
        return result;
    }
    result.splitReason = splitUnavailableReason(snapshot);
    if (result.splitReason.isEmpty()) {
        applyValueSplit(result, group(split.personalized.clv(), split.personalized.customers),
                        group(split.control.clv(), split.control.customers));
    }
    return result;
}

PviResult clvBySegment(const OrderSnapshot& snapshot, const Period& period) {
    PviResult result = clvSimple(snapshot, period);
    result.id = QStringLiteral("clv_by_segment");
    if (!result.available)
        return result;
    const RfmSegmentLookup segments(snapshot, period.to);
    const qint64 toDay = period.to.toJulianDay();
    // Two passes over the customers and orders for every segment at once: one for the segment's
    // customers, one for each segment's personalized (2s) and generic (2s + 1) customers.
    const std::size_t segmentCount = std::size(kAllRfmSegments);
    const auto segmentIndex = [&](const SnapshotCustomer* c) {
        if (!c)
            return -1;
        const std::optional<RfmSegment> segment = segments.of(c->id);
        if (!segment)
            return -1;
        const auto at = std::find(std::begin(kAllRfmSegments), std::end(kAllRfmSegments), *segment);
        return static_cast<int>(at - std::begin(kAllRfmSegments));
    };
    const std::vector<LifetimeInputs> all =
        lifetimeInputsByGroup(snapshot, period.to, segmentCount, segmentIndex);
    std::vector<LifetimeInputs> split;
    if (result.splitReason.isEmpty())
        split = lifetimeInputsByGroup(snapshot, period.to, 2 * segmentCount,
                                      [&](const SnapshotCustomer* c) {
                                          const int s = segmentIndex(c);
                                          return s < 0 ? -1 : 2 * s + (c->exposedBy(toDay) ? 0 : 1);
                                      });
    for (std::size_t s = 0; s < segmentCount; ++s) {
        const RfmSegment segment = kAllRfmSegments[s];
        SegmentValue row{rfmSegmentId(segment), rfmSegmentName(segment), std::nullopt, 0, {}, {}};
        row.value = all[s].clv();
        row.n = all[s].customers;
        if (!split.empty()) {
            row.personalized = {split[2 * s].clv(), split[2 * s].customers};
            row.control = {split[2 * s + 1].clv(), split[2 * s + 1].customers};
        }
        result.segments.push_back(row);
    }
    return result;
}

} // namespace pvi
