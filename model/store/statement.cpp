#include "store/statement.h"

#include "store/db_error.h"

#include <sqlite3.h>

namespace pvi {

namespace {

void check(sqlite3_stmt* stmt, int rc) {
    if (rc != SQLITE_OK)
        throw DbError(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(stmt))));
}

/// `text` as UTF-8 into `out`, reusing its storage (ASCII, the usual case, is narrowed in place).
void toUtf8Into(const QString& text, std::string& out) {
    const qsizetype size = text.size();
    const QChar* const units = text.constData();
    out.resize(static_cast<std::size_t>(size));
    for (qsizetype i = 0; i < size; ++i) {
        if (units[i].unicode() >= 0x80) {
            const QByteArray utf8 = text.toUtf8();
            out.assign(utf8.constData(), static_cast<std::size_t>(utf8.size()));
            return;
        }
        out[static_cast<std::size_t>(i)] = static_cast<char>(units[i].unicode());
    }
}

} // namespace

Statement::Statement(sqlite3_stmt* stmt)
    : m_stmt(stmt) {}

Statement::~Statement() {
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(other.m_stmt)
    , m_text(std::move(other.m_text)) {
    other.m_stmt = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value) {
    check(m_stmt, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value) {
    check(m_stmt, sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

std::string* Statement::textBuffer(int index) {
    if (m_text.empty())
        m_text.resize(static_cast<std::size_t>(sqlite3_bind_parameter_count(m_stmt)));
    if (index < 1 || static_cast<std::size_t>(index) > m_text.size())
        return nullptr;
    return &m_text[static_cast<std::size_t>(index) - 1];
}

Statement& Statement::bind(int index, const QString& value) {
    if (value.isNull())
        return bindNull(index);
    std::string* buffer = textBuffer(index);
    if (!buffer) { // not a parameter of this statement: let SQLite say so
        const QByteArray utf8 = value.toUtf8();
        check(m_stmt, sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()),
                                        SQLITE_TRANSIENT));
        return *this;
    }
    toUtf8Into(value, *buffer);
    check(m_stmt,
          sqlite3_bind_text(m_stmt, index, buffer->data(), int(buffer->size()), SQLITE_STATIC));
    return *this;
}

Statement& Statement::bindBlob(int index, std::span<const unsigned char> bytes) {
    check(m_stmt, sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, std::optional<double> value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, std::optional<std::int64_t> value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindNull(int index) {
    check(m_stmt, sqlite3_bind_null(m_stmt, index));
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString message = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
    sqlite3_reset(m_stmt);
    throw DbError(message);
}

void Statement::run() {
    while (step()) {
    }
    sqlite3_reset(m_stmt);
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::columnInt64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

std::optional<double> Statement::columnOptionalDouble(int column) const {
    if (isNull(column))
        return std::nullopt;
    return columnDouble(column);
}

QString Statement::columnText(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

std::string_view Statement::columnUtf8(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return {text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::span<const unsigned char> Statement::columnBlob(int column) const {
    const auto* bytes = static_cast<const unsigned char*>(sqlite3_column_blob(m_stmt, column));
    if (!bytes)
        return {};
    return {bytes, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

int Statement::columnCount() const {
    return sqlite3_column_count(m_stmt);
}

int Statement::columnType(int column) const {
    return sqlite3_column_type(m_stmt, column);
}

} // namespace pvi
