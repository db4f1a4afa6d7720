#include "pvi/orders/order_snapshot.h"

#include "analytics/experiments/treatment_arm_members.h"
#include "pvi/engine/exposure.h"
#include "pvi/engine/workspace_settings.h"
#include "store/workspace.h"

#include <algorithm>

namespace pvi {

qint64 SnapshotCustomer::ordersBetween(qint64 fromDay, qint64 toDay) const {
    const auto lo = std::lower_bound(days.begin(), days.end(), fromDay);
    const auto hi = std::upper_bound(days.begin(), days.end(), toDay);
    return hi > lo ? hi - lo : 0;
}

bool OrderSnapshot::isActive(const SnapshotCustomer& customer, qint64 day) const {
    return customer.ordersBetween(day - activityWindowDays + 1, day) > 0;
}

std::optional<qint64> OrderSnapshot::lastDay() const {
    if (orders.empty())
        return std::nullopt;
    return orders.back().day;
}

OrderSnapshot OrderSnapshot::load(Workspace& workspace) {
    OrderSnapshot snapshot;
    snapshot.activityWindowDays =
        qint64(numberSetting(workspace, QStringLiteral("activity_window_days")));
    snapshot.workspaceCustomers = workspace.db().queryInt("SELECT count(*) FROM customers");

    const std::vector<PersonalizationRule> rules = PersonalizationRules::list(workspace);
    snapshot.hasRules = !rules.empty();
    // Experiment arms are read only when a rule looks at them.
    const bool byArm = std::any_of(rules.begin(), rules.end(), [](const PersonalizationRule& r) {
        return r.kind == QLatin1String("experiment-arm");
    });
    const auto armMembers = byArm
                                ? loadTreatmentArmMembers(workspace)
                                : std::unordered_map<qint64, std::vector<TreatmentArmMembership>>{};

    std::vector<ExposureOrder> exposureOrders;
    Statement stmt = workspace.db().prepare(
        "SELECT id, coalesce(customer_id, 0), order_date, created_at, net_revenue, "
        "accepts_marketing, coalesce(tags, ''), coalesce(discount_code, ''), "
        "coalesce(utm_campaign, ''), (SELECT group_concat(list_name, char(31)) FROM "
        "customer_lists l WHERE l.customer_id = orders.customer_id) "
        "FROM orders WHERE is_valid = 1 ORDER BY order_date, created_at, id");
    while (stmt.step()) {
        const QDate date = QDate::fromString(stmt.columnText(2), Qt::ISODate);
        if (!date.isValid())
            continue;
        SnapshotOrder order;
        order.id = stmt.columnInt64(0);
        order.customerId = stmt.columnInt64(1);
        order.day = date.toJulianDay();
        order.revenue = stmt.columnDouble(4);
        if (!stmt.isNull(5))
            order.acceptsMarketing = stmt.columnInt64(5) != 0;
        snapshot.orders.push_back(order);
        const auto arms = armMembers.find(order.customerId);
        exposureOrders.push_back(
            {order.id,
             order.customerId,
             date,
             stmt.columnText(3),
             {stmt.columnText(6), stmt.columnText(7), stmt.columnText(8),
              stmt.columnText(9).split(QChar(31), Qt::SkipEmptyParts),
              arms == armMembers.end() ? QStringList() : treatmentArmsOn(arms->second, date)}});
    }

    const Exposure exposure = computeExposure(exposureOrders, rules);
    for (std::size_t i = 0; i < snapshot.orders.size(); ++i) {
        SnapshotOrder& order = snapshot.orders[i];
        order.matchesRule = exposure.matchesRule[i];
        order.exposed = exposure.orderExposed[i];
        snapshot.anyOrderMatches = snapshot.anyOrderMatches || order.matchesRule;
        if (order.customerId == 0)
            continue;
        SnapshotCustomer& customer = snapshot.customers[order.customerId];
        customer.id = order.customerId;
        customer.orders.push_back(i);
        customer.days.push_back(order.day);
    }
    for (const auto& [id, date] : exposure.customerExposedOn)
        snapshot.customers[id].exposedDay = date.toJulianDay();

    Statement records =
        workspace.db().prepare("SELECT customer_id, accepts_marketing FROM customer_records "
                               "WHERE accepts_marketing IS NOT NULL");
    while (records.step()) {
        const auto it = snapshot.customers.find(records.columnInt64(0));
        if (it != snapshot.customers.end())
            it->second.recordAcceptsMarketing = records.columnInt64(1) != 0;
    }
    snapshot.customerIds.reserve(snapshot.customers.size());
    for (const auto& entry : snapshot.customers)
        snapshot.customerIds.push_back(entry.first);
    std::sort(snapshot.customerIds.begin(), snapshot.customerIds.end());
    return snapshot;
}

} // namespace pvi
