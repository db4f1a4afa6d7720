#pragma once
// The loyalty PVIs and the consent rate (family Orders of docs/pvi-catalogue.md), computed from an
// order snapshot for one period. Customer-level PVIs split customers by exposure by the period's
// end; rates use the two-proportion z-test, purchase frequency Welch's t-test.

#include "pvi/engine/pvi_result.h"
#include "pvi/orders/order_snapshot.h"

#include <functional>
#include <vector>

namespace pvi {

/// Counts behind retention and churn for one group of customers.
struct ActivityCounts {
    qint64 activeAtStart = 0; ///< S: active the day before the period
    qint64 activeAtEnd = 0;   ///< E: active on the period's last day
    qint64 newInPeriod = 0;   ///< N: first valid order in the period
    qint64 lostOfStart = 0;   ///< customers of S not active on the last day
};

/// S, E, N and the lost customers of the period, overall and by exposure by its end.
struct ActivitySplit {
    ActivityCounts all;
    ActivityCounts personalized;
    ActivityCounts control;
};
ActivitySplit activityCounts(const OrderSnapshot& snapshot, const Period& period);

/// activityCounts() of several groups of customers in one pass, without copying their orders:
/// `groupOf` gives a customer's group (by id) in [0, groupCount), or -1 for none.
std::vector<ActivitySplit> activityCountsByGroup(const OrderSnapshot& snapshot,
                                                 const Period& period, std::size_t groupCount,
                                                 const std::function<int(qint64)>& groupOf);
/// The counts of several groups taken together.
ActivitySplit sumOf(const std::vector<ActivitySplit>& groups);

/// customer_retention_rate: (E − N) / S × 100.
PviResult customerRetentionRate(const OrderSnapshot& snapshot, const Period& period);
/// customer_retention_rate from a group's counts (activityCounts() above).
PviResult customerRetentionRate(const OrderSnapshot& snapshot, const ActivitySplit& split);
/// repeat_purchase_rate.
PviResult repeatPurchaseRate(const OrderSnapshot& snapshot, const Period& period);
/// purchase_frequency (orders per customer per year).
PviResult purchaseFrequency(const OrderSnapshot& snapshot, const Period& period);
/// churn_rate.
PviResult churnRate(const OrderSnapshot& snapshot, const Period& period);
/// marketing_consent_rate: customers whose consent is unknown (neither their most recent order
/// nor their customer record says) are left out of the denominator.
PviResult marketingConsentRate(const OrderSnapshot& snapshot, const Period& period);

/// The reason shown when nobody was active before a period.
QString noActiveCustomersReason();

} // namespace pvi
