#pragma once

#include "pvi/orders/order_snapshot.h"

#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace pvi {

/// The part of `snapshot` that belongs to the customers in `members`: their valid orders (in the
/// same order) and customer entries with their exposure. The workspace-wide facts — the activity
/// window, whether there are rules and whether any order matches one — are kept, so a PVI
/// computed on the subset is that PVI for this group of customers, split the same way.
/// Orders without a customer are left out; `workspaceCustomers` is the members found.
OrderSnapshot snapshotOfCustomers(const OrderSnapshot& snapshot,
                                  const std::unordered_set<qint64>& members);

/// snapshotOfCustomers() of several groups of customers in one pass over the orders: group i
/// holds the customers whose bit i is set in `groupsOf` (at most 64 groups).
std::vector<OrderSnapshot>
snapshotsOfCustomerGroups(const OrderSnapshot& snapshot,
                          const std::unordered_map<qint64, std::uint64_t>& groupsOf,
                          std::size_t groups);

} // namespace pvi
