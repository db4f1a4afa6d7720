#pragma once

#include "importers/header_map.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pvi {

class ImportContext;
struct CsvRow;

/// A timestamp as written in an export: the local date and time, and the ISO 8601 text we store
/// (with the offset when the file gives one).
struct ImportedTimestamp {
    QDate date;
    QString iso;
};

/// Reads typed values from one row's cells and reports the ones it cannot parse to the import
/// context, naming file, line, column, the value and what was expected. A value is `Required`
/// when the import cannot go on without it (an empty or unparseable one rejects the file) or
/// `Optional` (an unparseable one is a warning and reads as missing).
class FieldReader {
public:
    enum class Need { Required, Optional };

    FieldReader(ImportContext& context, const CsvRow& row);

    /// The cell trimmed; empty when the column is absent or the row is short.
    QString text(const ColumnRef& column) const;
    /// A money amount (dot or comma decimals, symbols and separators tolerated).
    std::optional<double> money(const ColumnRef& column, Need need) const;
    /// A whole number (quantities, counts).
    std::optional<qint64> integer(const ColumnRef& column, Need need) const;
    /// A timestamp such as "2025-03-20 05:20:57 -0700" or ISO 8601.
    std::optional<ImportedTimestamp> timestamp(const ColumnRef& column, Need need) const;
    /// yes/no, true/false, 1/0 (always optional).
    std::optional<bool> flag(const ColumnRef& column) const;

private:
    void problem(const ColumnRef& column, Need need, const QString& code, const QString& value,
                 const QString& expected) const;

    ImportContext& m_context;
    const CsvRow& m_row;
};

} // namespace pvi
