#include "analytics/rfm/rfm_summary.h"

#include "store/database.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace pvi {

std::vector<CustomerPurchaseDays> mergePurchaseDays(const std::vector<PurchaseRecord>& purchases) {
    std::vector<CustomerPurchaseDays> customers;
    QHash<QString, std::size_t> index;
    std::vector<std::vector<std::pair<QDate, double>>> perCustomer;
    for (const auto& p : purchases) {
        auto it = index.find(p.customerId);
        if (it == index.end()) {
            it = index.insert(p.customerId, customers.size());
            customers.push_back({p.customerId, {}, {}});
            perCustomer.emplace_back();
        }
        perCustomer[*it].emplace_back(p.date, p.value);
    }
    for (std::size_t c = 0; c < customers.size(); ++c) {
        auto& rows = perCustomer[c];
        std::stable_sort(rows.begin(), rows.end(),
                         [](const auto& l, const auto& r) { return l.first < r.first; });
        for (const auto& [date, value] : rows) {
            if (!customers[c].days.empty() && customers[c].days.back() == date) {
                customers[c].values.back() += value;
            } else {
                customers[c].days.push_back(date);
                customers[c].values.push_back(value);
            }
        }
    }
    return customers;
}

std::vector<CustomerSummary>
buildCustomerSummaries(const std::vector<CustomerPurchaseDays>& customers, QDate calibrationEnd) {
    std::vector<CustomerSummary> summaries;
    summaries.reserve(customers.size());
    for (const auto& c : customers) {
        if (c.days.empty() || c.days.front() > calibrationEnd)
            continue;
        const QDate first = c.days.front();
        CustomerSummary s;
        s.id = c.customerId;
        QDate last = first;
        double repeatValue = 0.0;
        for (std::size_t i = 1; i < c.days.size() && c.days[i] <= calibrationEnd; ++i) {
            ++s.x;
            last = c.days[i];
            repeatValue += c.values[i];
        }
        s.tx = static_cast<double>(first.daysTo(last)) / 7.0;
        s.T = static_cast<double>(first.daysTo(calibrationEnd)) / 7.0;
        s.zbar = s.x > 0 ? repeatValue / s.x : 0.0;
        summaries.push_back(s);
    }
    return summaries;
}

std::vector<PurchaseRecord> loadValidOrderPurchases(Database& db, QDate asOf) {
    auto stmt = db.prepare("SELECT customer_id, order_date, net_revenue FROM orders "
                           "WHERE is_valid = 1 AND customer_id IS NOT NULL AND order_date <= ?1 "
                           "ORDER BY customer_id, order_date, id");
    stmt.bind(1, asOf.toString(Qt::ISODate));
    std::vector<PurchaseRecord> purchases;
    while (stmt.step()) {
        const QDate date = QDate::fromString(stmt.columnText(1), Qt::ISODate);
        if (!date.isValid())
            continue;
        purchases.push_back({QString::number(stmt.columnInt64(0)), date, stmt.columnDouble(2)});
    }
    return purchases;
}

QString validOrderBatches(Database& db, QDate asOf) {
    auto stmt = db.prepare("SELECT DISTINCT batch_id FROM orders WHERE is_valid = 1 AND "
                           "customer_id IS NOT NULL AND order_date <= ?1 ORDER BY batch_id");
    stmt.bind(1, asOf.toString(Qt::ISODate));
    QStringList ids;
    while (stmt.step())
        ids << QString::number(stmt.columnInt64(0));
    return ids.join(u',');
}

} // namespace pvi
