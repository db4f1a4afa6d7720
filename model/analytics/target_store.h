#pragma once

#include "analytics/target_status.h"

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

} // namespace pvi
