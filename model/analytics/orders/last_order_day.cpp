#include "analytics/orders/last_order_day.h"

#include "store/database.h"
#include "store/statement.h"

namespace pvi {

QDate lastOrderDay(Database& db) {
    // Walks the orders_date index from the end and stops at the first valid order, where
    // max(order_date) with a WHERE would read the whole table.
    Statement stmt = db.prepare(
        "SELECT order_date FROM orders WHERE is_valid = 1 ORDER BY order_date DESC LIMIT 1");
    if (!stmt.step() || stmt.isNull(0))
        return {};
    return QDate::fromString(stmt.columnText(0), Qt::ISODate);
}

} // namespace pvi
