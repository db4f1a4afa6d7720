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
    enum class OpenMode { ReadWrite, ReadWriteCreate, ReadOnly };

    /// Opens the file; throws DbError when SQLite cannot. Applies no pragmas: see Workspace.
    Database(const QString& path, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs one or more SQL statements without parameters (schema, pragmas).
    void exec(const std::string& sql);
    /// A cached prepared statement for this SQL text.
    Statement prepare(const std::string& sql);
    /// Convenience: the first column of the first row as an integer, or fallback without rows.
    std::int64_t queryInt(const std::string& sql, std::int64_t fallback = 0);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    std::unordered_map<std::string, sqlite3_stmt*> m_cache;
};

} // namespace pvi
