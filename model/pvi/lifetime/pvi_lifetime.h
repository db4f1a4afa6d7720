#pragma once
// customer_lifespan, clv_simple and clv_by_segment: all from the 12 months ending on the
// period's last day (to.addYears(-1) + 1 day .. to, so 365 or 366 days).

#include "pvi/engine/pvi_result.h"
#include "pvi/orders/order_snapshot.h"

#include <array>
#include <functional>
#include <vector>

namespace pvi {

/// The inputs of clv_simple for one group of customers, from the 12 months ending `to`.
struct LifetimeInputs {
    qint64 orders = 0;         ///< valid orders of the group in the 12 months
    qint64 customerOrders = 0; ///< those placed by a customer (purchase frequency)
    double revenue = 0;        ///< their net revenue
    qint64 customers = 0;      ///< group customers who ordered in the 12 months
    qint64 activeAtStart = 0;  ///< group customers active the day before the 12 months
    qint64 lostOfStart = 0;    ///< of those, not active on `to`
    qint64 windowDays = 365;

    std::optional<double> churnFraction() const;
    std::optional<double> lifespanYears() const;
    std::optional<double> averageOrderValue() const;
    std::optional<double> purchaseFrequency() const;
    std::optional<double> clv() const;
};

/// The lifetime inputs of all customers (and the guests' orders), of the personalized and of
/// the generic customers, for the 12 months ending on one day.
struct LifetimeSplit {
    LifetimeInputs all, personalized, control;
};

/// A customer's groups in lifetimeInputsByGroup: up to two (−1 for none), for example an RFM
/// segment and that segment's personalized or generic half.
using LifetimeGroups = std::array<int, 2>;

/// The lifetime inputs of several groups in one pass over the customers and the orders:
/// `groupsOf` gives a customer's groups (indices below `groupCount`); it is asked with nullptr for
/// the orders of guests. Each group sums its orders in date order.
std::vector<LifetimeInputs>
lifetimeInputsByGroup(const OrderSnapshot& snapshot, const QDate& to, std::size_t groupCount,
                      const std::function<LifetimeGroups(const SnapshotCustomer*)>& groupsOf);

/// The lifetime inputs of the customers accepted by `member`, and of its personalized and generic
/// halves (exposed by `to` or not), in one pass; an empty `member` accepts every customer, and
/// `all` then counts the guests' orders too.
LifetimeSplit lifetimeSplitOf(const OrderSnapshot& snapshot, const QDate& to,
                              const std::function<bool(const SnapshotCustomer&)>& member);

/// customer_lifespan; the p-value is churn's z-test, the lift CI churn's inverted Katz interval.
PviResult customerLifespan(const OrderSnapshot& snapshot, const Period& period);
/// clv_simple (AOV over every valid order of the 12 months, guests included).
PviResult clvSimple(const OrderSnapshot& snapshot, const Period& period);
/// clv_by_segment: clv_simple overall plus one SegmentValue per RFM segment as of `to`.
PviResult clvBySegment(const OrderSnapshot& snapshot, const Period& period);

} // namespace pvi
