#include "analytics/target_store.h"

#include "store/database.h"

namespace pvi {

std::vector<StoredTarget> loadTargets(Database& db) {
    auto stmt = db.prepare("SELECT pvi_id, target, alert_low, alert_high FROM targets "
                           "ORDER BY pvi_id");
    std::vector<StoredTarget> targets;
    while (stmt.step()) {
        StoredTarget t;
        t.pviId = stmt.columnText(0);
        t.bounds.target = stmt.columnDouble(1);
        t.bounds.alertLow = stmt.columnOptionalDouble(2);
        t.bounds.alertHigh = stmt.columnOptionalDouble(3);
        targets.push_back(t);
    }
    return targets;
}

void saveTarget(Database& db, const StoredTarget& target) {
    auto stmt = db.prepare("INSERT OR REPLACE INTO targets (pvi_id, target, alert_low, alert_high) "
                           "VALUES (?1, ?2, ?3, ?4)");
    stmt.bind(1, target.pviId)
        .bind(2, target.bounds.target)
        .bind(3, target.bounds.alertLow)
        .bind(4, target.bounds.alertHigh);
    stmt.run();
}

} // namespace pvi
