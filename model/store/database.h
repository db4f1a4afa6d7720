#pragma once

#include "store/statement.h"

#include <QString>

#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace pvi {

/// One SQLite connection (RAII). Statements are prepared once and cached per connection;
/// values are always bound, never spliced into SQL text.
class Database {
public:
    enum class OpenMode {
        ReadWrite,
        ReadWriteCreate,
        ReadOnly,          ///< no writes; SQLite may still need the -wal/-shm files of a WAL file
        ReadOnlyImmutable, ///< no writes, no locks, no -wal/-shm: the file must not change
                           ///< meanwhile
    };

    /// Opens the file; throws DbError when SQLite cannot. Every connection is hardened for files
    /// from untrusted sources: no extension loading, defensive mode, untrusted schema, triggers
    /// and views switched off (the workspace defines none), no memory-mapped I/O, cell size
    /// checks, and limits lowered to what the app needs (see docs/reliability.md). The workspace
    /// pragmas (WAL, foreign keys) are Workspace's.
    Database(const QString& path, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The largest string or blob a connection reads or writes (SQLITE_LIMIT_LENGTH), in bytes.
    static constexpr int kMaxValueBytes = 8 * 1024 * 1024;

    /// Runs one or more SQL statements without parameters (schema, pragmas).
    void exec(const std::string& sql);
    /// A cached prepared statement for this SQL text.
    Statement prepare(const std::string& sql);
    /// Convenience: the first column of the first row as an integer, or fallback without rows.
    std::int64_t queryInt(const std::string& sql, std::int64_t fallback = 0);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    /// The extended result code of the last failed call (e.g. SQLITE_TOOBIG, SQLITE_FULL).
    int lastErrorCode() const;
    /// Whether the connection cannot write (opened read-only or immutable).
    bool isReadOnly() const;
    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    std::unordered_map<std::string, sqlite3_stmt*> m_cache;
};

} // namespace pvi
