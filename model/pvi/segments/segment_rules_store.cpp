#include "pvi/segments/segment_rules_store.h"

#include "pvi/segments/segment_rule.h"
#include "store/database.h"

#include <QDateTime>

namespace pvi {

std::vector<SavedSegmentRule> loadSegmentRules(Database& db) {
    auto stmt = db.prepare("SELECT name, rule FROM segment_rules ORDER BY name");
    std::vector<SavedSegmentRule> rules;
    while (stmt.step())
        rules.push_back({stmt.columnText(0), stmt.columnText(1)});
    return rules;
}

QString saveSegmentRule(Database& db, const QString& name, const QString& rule) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("the segment needs a name");
    if (trimmed.size() > 80)
        return QStringLiteral("the name is longer than 80 characters");
    const RuleParse parsed = parseSegmentRule(rule);
    if (!parsed.rule)
        return parsed.error;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    auto stmt = db.prepare("INSERT INTO segment_rules (name, rule, created_at, updated_at) "
                           "VALUES (?1, ?2, ?3, ?3) ON CONFLICT (name) DO UPDATE SET "
                           "rule = excluded.rule, updated_at = excluded.updated_at");
    stmt.bind(1, trimmed).bind(2, rule.trimmed()).bind(3, now);
    stmt.run();
    return {};
}

bool removeSegmentRule(Database& db, const QString& name) {
    auto stmt = db.prepare("DELETE FROM segment_rules WHERE name = ?1 RETURNING name");
    stmt.bind(1, name.trimmed());
    return stmt.step();
}

} // namespace pvi
