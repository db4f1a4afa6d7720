#include "store/workspace.h"

#include "store/db_error.h"
#include "store/migrations.h"
#include "store/transaction.h"

#include <QFileInfo>

namespace pvi {

namespace {

constexpr const char* kApplicationId = "PRAGMA application_id";
// "PVIS" in ASCII: lets `file` and us tell a workspace from any other SQLite file.
constexpr std::int64_t kPviApplicationId = 0x50564953;

bool hasMetaTable(Database& db) {
    return db.queryInt(
               "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'") > 0;
}

int storedSchemaVersion(Database& db) {
    if (!hasMetaTable(db))
        return 0;
    Statement stmt = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
    return stmt.step() ? stmt.columnText(0).toInt() : 0;
}

} // namespace

Workspace::Workspace(std::unique_ptr<Database> db)
    : m_db(std::move(db)) {}

Workspace::OpenResult Workspace::open(const QString& path, Mode mode) {
    OpenResult result;
    const QFileInfo info(path);
    if (mode == Mode::OpenExisting && !info.exists()) {
        result.error = QStringLiteral("%1: no such workspace file").arg(path);
        return result;
    }
    const bool fresh = !info.exists() || info.size() == 0;
    try {
        auto db = std::make_unique<Database>(path, mode == Mode::CreateOrOpen
                                                       ? Database::OpenMode::ReadWriteCreate
                                                       : Database::OpenMode::ReadWrite);
        // Read before writing anything: a file we cannot understand must stay as it is.
        const std::int64_t appId = db->queryInt(kApplicationId);
        const bool emptyFile = db->queryInt("SELECT count(*) FROM sqlite_schema") == 0;
        if (!emptyFile && appId != kPviApplicationId) {
            result.error =
                QStringLiteral("%1 is an SQLite file, but not a PVI Studio workspace").arg(path);
            return result;
        }
        const int version = storedSchemaVersion(*db);
        if (version > latestSchemaVersion()) {
            result.error = QStringLiteral("%1 was written by a newer PVI Studio (workspace schema "
                                          "%2; this version reads up to %3). The file was not "
                                          "changed; open it with the newer version.")
                               .arg(path)
                               .arg(version)
                               .arg(latestSchemaVersion());
            return result;
        }
        db->exec("PRAGMA journal_mode = WAL");
        db->exec("PRAGMA synchronous = NORMAL");
        db->exec("PRAGMA foreign_keys = ON");
        db->exec("PRAGMA trusted_schema = OFF");
        if (fresh || emptyFile)
            db->exec("PRAGMA application_id = " + std::to_string(kPviApplicationId));
        std::unique_ptr<Workspace> workspace(new Workspace(std::move(db)));
        workspace->migrate();
        result.workspace = std::move(workspace);
    } catch (const DbError& e) {
        result.error = QStringLiteral("%1: %2").arg(path, e.message());
    }
    return result;
}

void Workspace::migrate() {
    if (!hasMetaTable(*m_db)) {
        Transaction tx(*m_db);
        m_db->exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;"
                   "INSERT INTO meta(key, value) VALUES ('schema_version', '0');");
        tx.commit();
    }
    const int current = storedSchemaVersion(*m_db);
    for (const Migration& step : migrations()) {
        if (step.version <= current)
            continue;
        Transaction tx(*m_db);
        m_db->exec(step.sql);
        m_db->prepare("UPDATE meta SET value = ?1 WHERE key = 'schema_version'")
            .bind(1, QString::number(step.version))
            .run();
        tx.commit();
    }
}

int Workspace::schemaVersion() {
    return storedSchemaVersion(*m_db);
}

QString Workspace::setting(const QString& key, const QString& fallback) {
    Statement stmt = m_db->prepare("SELECT value FROM settings WHERE key = ?1");
    stmt.bind(1, key);
    return stmt.step() ? stmt.columnText(0) : fallback;
}

void Workspace::setSetting(const QString& key, const QString& value) {
    m_db->prepare("INSERT INTO settings(key, value) VALUES (?1, ?2) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
}

void Workspace::checkpoint() {
    m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace pvi
