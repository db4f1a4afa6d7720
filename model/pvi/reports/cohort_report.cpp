#include "pvi/reports/cohort_report.h"

#include "pvi/orders/order_snapshot.h"
#include "store/db_error.h"

namespace pvi {

CohortMatrix computeCohorts(Workspace& workspace, const QDate& asOf) {
    try {
        const OrderSnapshot snapshot = OrderSnapshot::load(workspace);
        std::vector<CohortOrder> orders;
        orders.reserve(snapshot.orders.size());
        for (const SnapshotOrder& order : snapshot.orders)
            orders.push_back({order.customerId, QDate::fromJulianDay(order.day), order.revenue});
        std::unordered_set<qint64> personalized;
        for (const auto& [id, customer] : snapshot.customers) {
            if (snapshot.orders[customer.orders.front()].exposed)
                personalized.insert(id);
        }
        return buildCohortMatrix(orders, asOf, personalized);
    } catch (const DbError&) {
        CohortMatrix empty;
        empty.asOf = asOf;
        return empty;
    }
}

} // namespace pvi
