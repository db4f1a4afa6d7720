#include "analytics/orders/daily_order_series.h"

#include "store/database.h"

namespace pvi {

DailyOrderSeries loadDailyOrderSeries(Database& db, const QDate& from, const QDate& to) {
    DailyOrderSeries series;
    if (!from.isValid() || !to.isValid() || from > to)
        return series;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        series.revenue[day] = 0.0;
        series.orders[day] = 0.0;
    }
    auto stmt = db.prepare("SELECT order_date, COUNT(*), TOTAL(net_revenue) FROM orders "
                           "WHERE is_valid = 1 AND order_date BETWEEN ?1 AND ?2 "
                           "GROUP BY order_date");
    stmt.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    while (stmt.step()) {
        const QDate day = QDate::fromString(stmt.columnText(0), Qt::ISODate);
        if (!day.isValid())
            continue;
        series.orders[day] = double(stmt.columnInt64(1));
        series.revenue[day] = stmt.columnDouble(2);
    }
    return series;
}

} // namespace pvi
