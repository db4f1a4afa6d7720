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
                      const std::function<LifetimeGroups(const SnapshotCustomer*)>& groupsOf) {
    using GroupInputs = std::array<LifetimeInputs*, 2>;
    const DayRange range = DayRange::of(twelveMonthsEnding(to));
    std::vector<LifetimeInputs> groups(groupCount);
    for (LifetimeInputs& inputs : groups)
        inputs.windowDays = range.days();
    const auto groupsAt = [&](const SnapshotCustomer* customer) {
        GroupInputs at{};
        const LifetimeGroups indices = groupsOf(customer);
        for (std::size_t k = 0; k < at.size(); ++k) {
            const int g = indices[k];
            if (g >= 0 && static_cast<std::size_t>(g) < groupCount)
                at[k] = &groups[static_cast<std::size_t>(g)];
        }
        return at;
    };
    // Each order of the window gets its customer's groups here, once per customer, so the orders
    // below are summed in date order without a look-up per order.
    const std::span<const SnapshotOrder> window = ordersIn(snapshot, range);
    const std::size_t windowStart =
        window.empty() ? 0 : static_cast<std::size_t>(window.data() - snapshot.orders.data());
    std::vector<GroupInputs> orderGroups(window.size(), GroupInputs{});
    for (const auto& [id, customer] : snapshot.customers) {
        if (customer.firstDay() > range.to)
            continue;
        const GroupInputs at = groupsAt(&customer);
        if (!at[0] && !at[1])
            continue;
        const auto from = std::lower_bound(customer.days.begin(), customer.days.end(), range.from);
        const auto end = std::upper_bound(from, customer.days.end(), range.to);
        for (auto day = from; day != end; ++day)
            orderGroups[customer.orders[static_cast<std::size_t>(day - customer.days.begin())] -
                        windowStart] = at;
        const bool atStart = snapshot.isActive(customer, range.from - 1);
        const bool lost = atStart && !snapshot.isActive(customer, range.to);
        for (LifetimeInputs* inputs : at) {
            if (!inputs)
                continue;
            inputs->customers += end != from;
            inputs->activeAtStart += atStart;
            inputs->lostOfStart += lost;
        }
    }
    const GroupInputs guests = groupsAt(nullptr);
    for (std::size_t i = 0; i < window.size(); ++i) {
        const SnapshotOrder& order = window[i];
        for (LifetimeInputs* inputs : order.customerId == 0 ? guests : orderGroups[i]) {
            if (!inputs)
                continue;
            ++inputs->orders;
            inputs->customerOrders += order.customerId != 0;
            inputs->revenue += order.revenue;
        }
    }
    return groups;
}

LifetimeSplit lifetimeSplitOf(const OrderSnapshot& snapshot, const QDate& to,
                              const std::function<bool(const SnapshotCustomer&)>& member) {
    const qint64 toDay = to.toJulianDay();
    const std::vector<LifetimeInputs> groups =
        lifetimeInputsByGroup(snapshot, to, 3, [&](const SnapshotCustomer* customer) {
            if (!customer)
                return LifetimeGroups{member ? -1 : 0, -1}; // the guests count in `all` only
            if (member && !member(*customer))
                return LifetimeGroups{-1, -1};
            return LifetimeGroups{0, customer->exposedBy(toDay) ? 1 : 2};
        });
    return {groups[0], groups[1], groups[2]};
}

namespace {

/// Computed once per day for the snapshot: customer_lifespan, clv_simple and clv_by_segment
/// of a period all read it.
std::shared_ptr<const LifetimeSplit> lifetimeSplit(const OrderSnapshot& snapshot, const QDate& to) {
    return snapshot.lifetime.get(to.toJulianDay(),
                                 [&] { return lifetimeSplitOf(snapshot, to, {}); });
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
    // One pass for every segment at once: a customer counts in its segment and, when the split
    // is shown, in the segment's personalized (segmentCount + 2s) or generic (+ 1) half.
    const bool split = result.splitReason.isEmpty();
    const std::vector<LifetimeInputs> groups = lifetimeInputsByGroup(
        snapshot, period.to, 3 * segmentCount, [&](const SnapshotCustomer* c) {
            const int s = segmentIndex(c);
            if (s < 0 || !split)
                return LifetimeGroups{s, -1};
            return LifetimeGroups{s, static_cast<int>(segmentCount) + 2 * s +
                                         (c->exposedBy(toDay) ? 0 : 1)};
        });
    for (std::size_t s = 0; s < segmentCount; ++s) {
        const RfmSegment segment = kAllRfmSegments[s];
        SegmentValue row{rfmSegmentId(segment), rfmSegmentName(segment), std::nullopt, 0, {}, {}};
        row.value = groups[s].clv();
        row.n = groups[s].customers;
        if (split) {
            const LifetimeInputs& personalized = groups[segmentCount + 2 * s];
            const LifetimeInputs& generic = groups[segmentCount + 2 * s + 1];
            row.personalized = {personalized.clv(), personalized.customers};
            row.control = {generic.clv(), generic.customers};
        }
        result.segments.push_back(row);
    }
    return result;
}

} // namespace pvi
