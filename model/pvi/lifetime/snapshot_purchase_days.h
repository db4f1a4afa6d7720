#pragma once
// The lifetime models' input taken from a run's order snapshot instead of reading the orders
// again: each customer's valid orders merged per day, as mergePurchaseDays(
// loadValidOrderPurchases(db, asOf)) gives them from the workspace.

#include "analytics/rfm/rfm_summary.h"

#include <QDate>

#include <vector>

namespace pvi {

struct OrderSnapshot;

/// Every customer with a valid order dated on or before asOf, in ascending customer id, with
/// their purchase days and each day's net revenue summed in the orders' (date, id) sequence.
std::vector<CustomerPurchaseDays> snapshotPurchaseDays(const OrderSnapshot& snapshot,
                                                       const QDate& asOf);

} // namespace pvi
