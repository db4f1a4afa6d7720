#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3_stmt;

namespace pvi {

/// A prepared statement borrowed from a Database's cache. Bind parameters by 1-based index,
/// step through rows, read columns by 0-based index. Reset (and unbound) when it goes out of
/// scope, so the cached statement is ready for its next user.
class Statement {
public:
    explicit Statement(sqlite3_stmt* stmt);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    /// Binds text (stored as UTF-8); a null QString binds NULL.
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, std::optional<double> value);
    Statement& bind(int index, std::optional<std::int64_t> value);
    Statement& bindNull(int index);
    /// Binds a blob (copied by SQLite).
    Statement& bindBlob(int index, std::span<const unsigned char> bytes);
    Statement& bind(int index, const char* value) = delete; // would bind as bool: use QString

    /// Advances to the next row; false when done. Throws DbError on failure.
    bool step();
    /// Runs a statement that returns no rows (INSERT/UPDATE/DELETE).
    void run();
    /// Makes the statement ready to run again with new bindings.
    void reset();

    bool isNull(int column) const;
    std::int64_t columnInt64(int column) const;
    int columnInt(int column) const { return static_cast<int>(columnInt64(column)); }
    double columnDouble(int column) const;
    std::optional<double> columnOptionalDouble(int column) const;
    QString columnText(int column) const;
    /// The column's UTF-8 bytes without a copy, valid until the next step or reset (empty for
    /// NULL): for keys hashed or compared in bulk, where a QString per row would dominate.
    std::string_view columnUtf8(int column) const;
    /// The column's bytes as a blob without a copy, valid until the next step or reset (empty
    /// for NULL).
    std::span<const unsigned char> columnBlob(int column) const;
    int columnCount() const;
    /// SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL.
    int columnType(int column) const;

private:
    std::string* textBuffer(int index);

    sqlite3_stmt* m_stmt;
    // UTF-8 of the text bound to each parameter (index - 1), bound without a copy by SQLite
    // (SQLITE_STATIC): each buffer outlives its binding, which the destructor clears first. Sized
    // once to the parameter count, so a buffer never moves while it is bound.
    std::vector<std::string> m_text;
};

} // namespace pvi
