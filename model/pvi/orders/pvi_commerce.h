#pragma once
// The commerce PVIs (family Orders of docs/pvi-catalogue.md), computed from an order snapshot for
// one period.

#include "pvi/engine/pvi_result.h"
#include "pvi/orders/order_snapshot.h"

namespace pvi {

/// average_order_value: split by order-level exposure, Welch's t-test on order values.
PviResult averageOrderValue(const OrderSnapshot& snapshot, const Period& period);
/// revenue_per_customer: split by customer-level exposure, Welch's t-test on customer revenue.
/// Orders without a customer are left out (they have no customer to count).
PviResult revenuePerCustomer(const OrderSnapshot& snapshot, const Period& period);
/// aov_uplift: the lift of exposed orders' AOV over the other orders' AOV (value in percent).
PviResult aovUplift(const OrderSnapshot& snapshot, const Period& period);
/// incremental_revenue: (revenue per personalized customer − per control customer) × the
/// personalized customers who ordered in the period.
PviResult incrementalRevenue(const OrderSnapshot& snapshot, const Period& period);

} // namespace pvi
