#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace pvi {

class Database;

/// One customer's purchase history condensed for the BG/NBD and Gamma-Gamma models.
/// Times are in weeks (days / 7) measured from the customer's first purchase day.
struct CustomerSummary {
    QString id;        ///< the customer's id (workspace customer id or the summary file's id)
    int x = 0;         ///< repeat purchase days: distinct purchase days - 1
    double tx = 0.0;   ///< recency: weeks from the first to the last purchase day (0 when x = 0)
    double T = 0.0;    ///< age: weeks from the first purchase day to the end of the calibration
    double zbar = 0.0; ///< mean value of the repeat purchase days (first left out; 0 when x = 0)
};

/// One purchase (an order or a transaction line) for building summaries.
struct PurchaseRecord {
    QString customerId; ///< who bought
    QDate date;         ///< local calendar date of the purchase
    double value = 0.0; ///< its value (net revenue)
};

/// A customer's purchases merged by day: days ascending, values the day totals.
struct CustomerPurchaseDays {
    QString customerId;         ///< who bought
    std::vector<QDate> days;    ///< distinct purchase days, ascending
    std::vector<double> values; ///< total value per day, parallel to days
};

/// Merges same-day purchases of each customer; customers ordered by their first appearance.
std::vector<CustomerPurchaseDays> mergePurchaseDays(const std::vector<PurchaseRecord>& purchases);

/// The summary (x, t_x, T in weeks, zbar) of every customer whose first purchase day is on or
/// before calibrationEnd, using only the purchase days up to and including calibrationEnd.
std::vector<CustomerSummary>
buildCustomerSummaries(const std::vector<CustomerPurchaseDays>& customers, QDate calibrationEnd);

/// The workspace's valid orders (orders.is_valid = 1, with a customer) dated on or before asOf,
/// as purchases (value = net_revenue, date = order_date). Throws DbError on a store failure.
std::vector<PurchaseRecord> loadValidOrderPurchases(Database& db, QDate asOf);

/// The distinct import batches behind the valid orders up to asOf, as "1,4,7" (for the
/// model_parameters.batches column).
QString validOrderBatches(Database& db, QDate asOf);

} // namespace pvi
