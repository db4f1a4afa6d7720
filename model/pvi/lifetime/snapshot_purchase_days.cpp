#include "pvi/lifetime/snapshot_purchase_days.h"

#include "pvi/orders/order_snapshot.h"

#include <algorithm>
#include <tuple>

namespace pvi {

std::vector<CustomerPurchaseDays> snapshotPurchaseDays(const OrderSnapshot& snapshot,
                                                       const QDate& asOf) {
    const qint64 lastDay = asOf.toJulianDay();
    std::vector<CustomerPurchaseDays> days;
    days.reserve(snapshot.customerIds.size());
    std::vector<const SnapshotOrder*> orders;
    for (const qint64 id : snapshot.customerIds) { // ascending
        const SnapshotCustomer* customer = &snapshot.customers.at(id);
        if (id == 0 || customer->firstDay() > lastDay)
            continue;
        // The same day's orders are summed by id, as the workspace query orders them (the
        // snapshot orders them by time of day first).
        orders.clear();
        for (std::size_t index : customer->orders) {
            const SnapshotOrder& order = snapshot.orders[index];
            if (order.day <= lastDay)
                orders.push_back(&order);
        }
        std::sort(orders.begin(), orders.end(), [](const SnapshotOrder* a, const SnapshotOrder* b) {
            return std::tie(a->day, a->id) < std::tie(b->day, b->id);
        });
        CustomerPurchaseDays& merged = days.emplace_back();
        merged.customerId = QString::number(customer->id);
        for (const SnapshotOrder* order : orders) {
            const QDate date = QDate::fromJulianDay(order->day);
            if (!merged.days.empty() && merged.days.back() == date) {
                merged.values.back() += order->revenue;
            } else {
                merged.days.push_back(date);
                merged.values.push_back(order->revenue);
            }
        }
    }
    return days;
}

} // namespace pvi
