#include "pvi/orders/snapshot_subset.h"

#include <algorithm>

namespace pvi {

OrderSnapshot snapshotOfCustomers(const OrderSnapshot& snapshot,
                                  const std::unordered_set<qint64>& members) {
    std::unordered_map<qint64, std::uint64_t> groupsOf;
    groupsOf.reserve(members.size());
    for (const qint64 id : members)
        groupsOf.emplace(id, 1);
    return std::move(snapshotsOfCustomerGroups(snapshot, groupsOf, 1).front());
}

std::vector<OrderSnapshot>
snapshotsOfCustomerGroups(const OrderSnapshot& snapshot,
                          const std::unordered_map<qint64, std::uint64_t>& groupsOf,
                          std::size_t groups) {
    std::vector<OrderSnapshot> subsets(groups);
    for (OrderSnapshot& subset : subsets) {
        subset.activityWindowDays = snapshot.activityWindowDays;
        subset.hasRules = snapshot.hasRules;
        subset.anyOrderMatches = snapshot.anyOrderMatches;
    }
    // Each group's orders counted first, so that its vector is allocated once at its size.
    std::vector<std::size_t> orderCounts(groups, 0);
    for (const SnapshotOrder& order : snapshot.orders) {
        if (order.customerId == 0)
            continue;
        const auto bits = groupsOf.find(order.customerId);
        if (bits == groupsOf.end() || !snapshot.customers.count(order.customerId))
            continue;
        for (std::size_t group = 0; group < groups; ++group)
            orderCounts[group] += bits->second >> group & 1U;
    }
    for (std::size_t group = 0; group < groups; ++group)
        subsets[group].orders.reserve(orderCounts[group]);
    for (const SnapshotOrder& order : snapshot.orders) {
        if (order.customerId == 0)
            continue;
        const auto bits = groupsOf.find(order.customerId);
        if (bits == groupsOf.end())
            continue;
        const auto source = snapshot.customers.find(order.customerId);
        if (source == snapshot.customers.end())
            continue;
        for (std::size_t group = 0; group < groups; ++group) {
            if ((bits->second >> group & 1U) == 0)
                continue;
            OrderSnapshot& subset = subsets[group];
            auto [it, added] = subset.customers.try_emplace(order.customerId);
            SnapshotCustomer& customer = it->second;
            if (added) {
                customer.id = order.customerId;
                customer.exposedDay = source->second.exposedDay;
                customer.recordAcceptsMarketing = source->second.recordAcceptsMarketing;
                customer.orders.reserve(source->second.orders.size());
                customer.days.reserve(source->second.orders.size());
            }
            customer.orders.push_back(subset.orders.size());
            customer.days.push_back(order.day);
            subset.orders.push_back(order);
        }
    }
    for (OrderSnapshot& subset : subsets) {
        subset.customerIds.reserve(subset.customers.size());
        for (const auto& entry : subset.customers)
            subset.customerIds.push_back(entry.first);
        std::sort(subset.customerIds.begin(), subset.customerIds.end());
        subset.workspaceCustomers = static_cast<qint64>(subset.customers.size());
    }
    return subsets;
}

} // namespace pvi
