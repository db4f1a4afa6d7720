#include "analytics/targets/target_store.h"

#include "store/database.h"

#include <QCoreApplication>

#include <cmath>

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

bool removeTarget(Database& db, const QString& pviId) {
    db.prepare("DELETE FROM targets WHERE pvi_id = ?1").bind(1, pviId).run();
    return db.changes() > 0;
}

QString invalidTargetReason(const StoredTarget& target) {
    if (target.pviId.trimmed().isEmpty())
        return QCoreApplication::translate("pvi::TargetStatus", "choose the PVI the target is for");
    if (!std::isfinite(target.bounds.target))
        return QCoreApplication::translate("pvi::TargetStatus", "the target must be a number");
    const auto& low = target.bounds.alertLow;
    const auto& high = target.bounds.alertHigh;
    if ((low && !std::isfinite(*low)) || (high && !std::isfinite(*high)))
        return QCoreApplication::translate("pvi::TargetStatus", "an alert bound must be a number");
    if (low && high && *low > *high)
        return QCoreApplication::translate("pvi::TargetStatus",
                                           "the alert low (%1) is above the alert high (%2)")
            .arg(*low)
            .arg(*high);
    return {};
}

} // namespace pvi
