#include "store/schema_check.h"

#include "store/database.h"
#include "store/migrations.h"
#include "store/statement.h"

#include <QStringList>

#include <map>
#include <memory>
#include <mutex>

namespace pvi {

namespace {

/// The table the workspace creates before the first migration; Workspace::migrate uses it too.
constexpr const char* kMetaTableSql =
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT";

struct SchemaObject {
    QString type;
    QString table; ///< the table an index or trigger belongs to (tbl_name)
    QString sql;   ///< whitespace collapsed; empty for automatic indexes
};

using Schema = std::map<QString, SchemaObject>;

QString normalized(const QString& sql) {
    return sql.simplified();
}

Schema readSchema(Database& db) {
    Schema schema;
    Statement stmt = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema");
    while (stmt.step())
        schema[stmt.columnText(1)] = {stmt.columnText(0), stmt.columnText(2),
                                      normalized(stmt.columnText(3))};
    return schema;
}

/// An in-memory database holding what the migrations create up to `version`.
std::unique_ptr<Database> migratedInMemory(int version) {
    auto memory =
        std::make_unique<Database>(QStringLiteral(":memory:"), Database::OpenMode::ReadWriteCreate);
    memory->exec(std::string(kMetaTableSql) + ";");
    for (const Migration& step : migrations()) {
        if (step.version <= version)
            memory->exec(step.sql);
    }
    return memory;
}

/// What the migrations create up to `version`, built once per version.
const Schema& expectedSchema(int version) {
    static std::mutex mutex;
    static std::map<int, Schema> cache;
    const std::lock_guard lock(mutex);
    auto it = cache.find(version);
    if (it != cache.end())
        return it->second;
    return cache.emplace(version, readSchema(*migratedInMemory(version))).first->second;
}

/// Tables SQLite itself keeps (ANALYZE's statistics): data for the query planner, never code.
bool isSqliteStatistics(const QString& name) {
    return name == QLatin1String("sqlite_stat1") || name == QLatin1String("sqlite_stat4");
}

QString describe(const QString& name, const SchemaObject& object) {
    if (object.type == QLatin1String("table") &&
        object.sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
        return QStringLiteral("virtual table '%1'").arg(name);
    if (object.type == QLatin1String("trigger") || object.type == QLatin1String("index"))
        return QStringLiteral("%1 '%2' on table '%3'").arg(object.type, name, object.table);
    return QStringLiteral("%1 '%2'").arg(object.type, name);
}

} // namespace

QString unexpectedSchemaObject(Database& db, int version) {
    const Schema& expected = expectedSchema(version);
    const Schema actual = readSchema(db);
    QStringList problems;
    for (const auto& [name, object] : actual) {
        if (isSqliteStatistics(name))
            continue;
        const auto it = expected.find(name);
        if (it == expected.end())
            problems.append(
                QStringLiteral("a %1 that PVI Studio does not create").arg(describe(name, object)));
        else if (it->second.type != object.type || it->second.table != object.table ||
                 it->second.sql != object.sql)
            problems.append(QStringLiteral("a %1 that differs from the one PVI Studio creates")
                                .arg(describe(name, object)));
    }
    for (const auto& [name, object] : expected) {
        if (actual.find(name) == actual.end())
            problems.append(QStringLiteral("no %1").arg(describe(name, object)));
    }
    if (problems.isEmpty())
        return {};
    constexpr qsizetype kShown = 5;
    QString text = problems.mid(0, kShown).join(QStringLiteral("; "));
    if (problems.size() > kShown)
        text += QStringLiteral("; and %1 more").arg(problems.size() - kShown);
    return text;
}

QStringList expectedTables(int version) {
    const std::unique_ptr<Database> memory = migratedInMemory(version);
    Statement stmt = memory->prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name "
                                     "NOT LIKE 'sqlite_%' ORDER BY rowid");
    QStringList tables;
    while (stmt.step())
        tables.append(stmt.columnText(0));
    return tables;
}

bool hasExpectedMetaTable(Database& db) {
    Statement stmt = db.prepare("SELECT type, sql FROM sqlite_schema WHERE name = 'meta'");
    return stmt.step() && stmt.columnText(0) == QLatin1String("table") &&
           normalized(stmt.columnText(1)) == QLatin1String(kMetaTableSql);
}

} // namespace pvi
