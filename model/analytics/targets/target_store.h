#pragma once

#include "analytics/targets/target_status.h"

#include <QString>

#include <vector>

namespace pvi {

class Database;

/// A user-set target of one PVI, as stored in the workspace's `targets` table.
struct StoredTarget {
    QString pviId;
    TargetBounds bounds;
};

/// Every stored target, ordered by PVI id. Throws DbError from the store on SQL failures.
std::vector<StoredTarget> loadTargets(Database& db);

/// Inserts or replaces the target of `target.pviId`.
void saveTarget(Database& db, const StoredTarget& target);

/// Deletes the target of `pviId`; false when it had none. Throws DbError on SQL failures.
bool removeTarget(Database& db, const QString& pviId);

/// Why `target` cannot be stored (no PVI id, a target or bound that is not a finite number, or
/// an alert low above the alert high); empty when it can.
QString invalidTargetReason(const StoredTarget& target);

} // namespace pvi
