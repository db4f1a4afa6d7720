#pragma once
// The user's named segment rules, saved in the workspace (table segment_rules).

#include <QString>

#include <vector>

namespace pvi {

class Database;

struct SavedSegmentRule {
    QString name;
    QString rule;
};

/// The saved rules by name. Throws DbError on a store failure.
std::vector<SavedSegmentRule> loadSegmentRules(Database& db);

/// Saves (or replaces) the rule `name` after parsing it; returns an empty string, or why it was
/// not saved (an empty or over-long name, or the parser's error naming the position).
QString saveSegmentRule(Database& db, const QString& name, const QString& rule);

/// Removes the rule; false when there was none by that name.
bool removeSegmentRule(Database& db, const QString& name);

} // namespace pvi
