#include "pvi/orders/snapshot_subset.h"

#include <algorithm>

namespace pvi {

OrderSnapshot snapshotOfCustomers(const OrderSnapshot& snapshot,
                                  const std::unordered_set<qint64>& members) {
    OrderSnapshot subset;
    subset.activityWindowDays = snapshot.activityWindowDays;
    subset.hasRules = snapshot.hasRules;
    subset.anyOrderMatches = snapshot.anyOrderMatches;
    for (const SnapshotOrder& order : snapshot.orders) {
        if (order.customerId == 0 || !members.contains(order.customerId))
            continue;
        const auto source = snapshot.customers.find(order.customerId);
        if (source == snapshot.customers.end())
            continue;
        auto [it, added] = subset.customers.try_emplace(order.customerId);
        SnapshotCustomer& customer = it->second;
        if (added) {
            customer.id = order.customerId;
            customer.exposedDay = source->second.exposedDay;
            customer.recordAcceptsMarketing = source->second.recordAcceptsMarketing;
        }
        customer.orders.push_back(subset.orders.size());
        customer.days.push_back(order.day);
        subset.orders.push_back(order);
    }
    subset.customerIds.reserve(subset.customers.size());
    for (const auto& entry : subset.customers)
        subset.customerIds.push_back(entry.first);
    std::sort(subset.customerIds.begin(), subset.customerIds.end());
    subset.workspaceCustomers = static_cast<qint64>(subset.customers.size());
    return subset;
}

} // namespace pvi
