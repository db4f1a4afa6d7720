#include "store/database.h"

#include "store/db_error.h"

#include <QUrl>

#include <sqlite3.h>

namespace pvi {

namespace {

/// The limits a workspace connection needs, far below SQLite's defaults (1 GB strings, 1 GB of
/// SQL, 2,000 columns, ...): a hostile file or value hits an error instead of a huge allocation.
void lowerLimits(sqlite3* db) {
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, Database::kMaxValueBytes);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1000000);
    sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 200);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 200);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 50);
    sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 32);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000);
    sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, 1000);
    sqlite3_limit(db, SQLITE_LIMIT_WORKER_THREADS, 0);
}

void harden(sqlite3* db) {
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    // No writes to the schema by hand, no journal_mode=OFF, no writable_schema.
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    // Functions with side effects are not allowed in the file's schema (views, triggers, CHECK).
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    // The workspace defines no trigger and no view: a file that carries one never runs it.
    // (Foreign-key actions such as ON DELETE CASCADE are not triggers and still apply.)
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    lowerLimits(db);
}

/// `file:` URI of a local path with immutable=1: SQLite neither locks nor creates any file.
QByteArray immutableUri(const QString& path) {
    return QUrl::fromLocalFile(path).toEncoded() + "?immutable=1";
}

} // namespace

Database::Database(const QString& path, OpenMode mode)
    : m_path(path) {
    int flags = SQLITE_OPEN_NOMUTEX;
    QByteArray target = path.toUtf8();
    switch (mode) {
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadOnlyImmutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        target = immutableUri(path);
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(target.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw DbError(message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    harden(m_db);
    try {
        exec("PRAGMA trusted_schema = OFF; PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0");
    } catch (...) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

Database::~Database() {
    for (auto& [sql, stmt] : m_cache)
        sqlite3_finalize(stmt);
    sqlite3_close(m_db);
}

void Database::exec(const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errmsg(m_db));
        sqlite3_free(error);
        throw DbError(message);
    }
}

Statement Database::prepare(const std::string& sql) {
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v3(m_db, sql.c_str(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                               nullptr) != SQLITE_OK)
            throw DbError(QString::fromUtf8(sqlite3_errmsg(m_db)));
        it = m_cache.emplace(sql, stmt).first;
    }
    return Statement(it->second);
}

std::int64_t Database::queryInt(const std::string& sql, std::int64_t fallback) {
    Statement stmt = prepare(sql);
    return stmt.step() ? stmt.columnInt64(0) : fallback;
}

std::int64_t Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

int Database::lastErrorCode() const {
    return sqlite3_extended_errcode(m_db);
}

bool Database::isReadOnly() const {
    return sqlite3_db_readonly(m_db, "main") == 1;
}

bool Database::inTransaction() const {
    return sqlite3_get_autocommit(m_db) == 0;
}

} // namespace pvi
