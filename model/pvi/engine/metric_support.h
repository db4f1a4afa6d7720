#pragma once
// Shared pieces of the PVI families (internal to model/pvi): the period in days, the orders and
// customers of a period, the reasons shown for gaps, and filling in a personalized/control split.

#include "pvi/engine/pvi_result.h"
#include "pvi/orders/order_snapshot.h"
#include "stats/mean_summary.h"
#include "stats/proportion_summary.h"

#include <functional>
#include <span>

namespace pvi {

/// A period as Julian day numbers.
struct DayRange {
    qint64 from = 0;
    qint64 to = 0;
    qint64 days() const { return to - from + 1; }
    static DayRange of(const Period& period) {
        return {period.from.toJulianDay(), period.to.toJulianDay()};
    }
};

/// One customer who ordered in a period: their valid orders and net revenue in it, and whether
/// they were exposed by the period's end (customer-level exposure).
struct PeriodCustomer {
    const SnapshotCustomer* customer = nullptr;
    qint64 orders = 0;
    double revenue = 0;
    bool exposed = false;
};

/// The valid orders dated in the range (the snapshot's orders are sorted by day).
std::span<const SnapshotOrder> ordersIn(const OrderSnapshot& snapshot, const DayRange& range);
/// The customers with a valid order in the range, by ascending customer id.
std::vector<PeriodCustomer> customersIn(const OrderSnapshot& snapshot, const DayRange& range);

/// The reason shown when a period has no valid orders.
QString noOrdersInPeriodReason(const Period& period);
/// Why the personalized/control split cannot be made at all (no rule, or no order matches
/// one); empty when it can.
QString splitUnavailableReason(const OrderSnapshot& snapshot);

/// Fills personalized/control values (rate × scale), the lift, its Katz-log 95% CI and the
/// two-proportion z-test p-value. The CI and p-value need 0 ≤ conversions ≤ n in both groups.
void applyRateSplit(PviResult& result, const ProportionSummary& personalized,
                    const ProportionSummary& control, double scale = 100.0);
/// Fills personalized/control means (× scale), the lift, its delta-method 95% CI and the
/// Welch t-test p-value.
void applyMeanSplit(PviResult& result, const MeanSummary& personalized, const MeanSummary& control,
                    double scale = 1.0);
/// Fills personalized/control values and the lift between them, without CI or p-value.
void applyValueSplit(PviResult& result, const GroupValue& personalized, const GroupValue& control);

/// A result without a value: the id and why (what to import or set).
PviResult unavailable(const QString& id, const QString& reason);

} // namespace pvi
