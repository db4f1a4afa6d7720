#pragma once

#include <QString>

namespace pvi {

/// Why a CSV file could not be read, and where.
struct CsvError {
    /// The file's path as given to CsvReader::open().
    QString file;
    /// 1-based physical line; 0 when the problem concerns the whole file (cannot open, not text).
    qint64 line = 0;
    /// 1-based field index within the record; 0 when not about one field.
    int column = 0;
    /// A complete sentence for the user (names the file's problem, not the parser's state).
    QString message;

    /// "file:line:column: message" (line and column left out when 0).
    QString toString() const {
        QString where = file;
        if (line > 0)
            where += QStringLiteral(":%1").arg(line);
        if (column > 0)
            where += QStringLiteral(":%1").arg(column);
        return where + QStringLiteral(": ") + message;
    }
};

} // namespace pvi
