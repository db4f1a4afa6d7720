#include "pvi/engine/metrics_trend.h"

#include "pvi/engine/pvi_engine.h"
#include "pvi/engine/pvi_registry.h"
#include "pvi/engine/pvi_sources.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <map>

namespace pvi {

std::vector<TrendPoint> monthlyTrend(Workspace& workspace, const Period& period) {
    std::vector<TrendPoint> points;
    if (!period.isValid())
        return points;
    try {
        Statement stmt = workspace.db().prepare(
            "SELECT substr(order_date, 1, 7), sum(net_revenue), count(*), "
            "count(DISTINCT customer_id) FROM orders "
            "WHERE is_valid = 1 AND order_date BETWEEN ?1 AND ?2 GROUP BY 1 ORDER BY 1");
        stmt.bind(1, period.from.toString(Qt::ISODate)).bind(2, period.to.toString(Qt::ISODate));
        std::map<QDate, TrendPoint> byMonth;
        while (stmt.step()) {
            const QDate month =
                QDate::fromString(stmt.columnText(0) + QStringLiteral("-01"), Qt::ISODate);
            byMonth[month] = {month, stmt.columnDouble(1), stmt.columnInt64(2),
                              stmt.columnInt64(3)};
        }
        // Every month of the period, with zeros for months without orders.
        for (QDate month(period.from.year(), period.from.month(), 1); month <= period.to;
             month = month.addMonths(1)) {
            const auto it = byMonth.find(month);
            points.push_back(it != byMonth.end() ? it->second : TrendPoint{month, 0, 0, 0});
        }
    } catch (const DbError&) {
        points.clear();
    }
    return points;
}

std::vector<std::pair<QDate, std::optional<double>>>
pviTrend(Workspace& workspace, const QString& id, const Period& endingPeriod, int points) {
    std::vector<std::pair<QDate, std::optional<double>>> trend;
    if (!PviRegistry::find(id) || !endingPeriod.isValid() || points <= 0)
        return trend;
    PviSources sources(workspace);
    for (const Period& period : consecutivePeriods(endingPeriod, points)) {
        const PviResult result = computePviIn(sources, id, period);
        trend.emplace_back(period.to, result.available ? result.value : std::nullopt);
    }
    return trend;
}

} // namespace pvi
