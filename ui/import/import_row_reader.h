#pragma once

#include <QString>
#include <QStringList>

namespace pvi {

/// One record of an imported file, found by the physical line where it starts, with the header.
struct ImportRowText {
    QString file;
    qint64 line = 0;
    QStringList header;
    QStringList fields;
    /// Why the row could not be shown (unreadable file, no record at that line).
    QString error;

    bool ok() const { return error.isEmpty(); }
    /// The row as text for the user: one "column: value" line per field, the given 1-based
    /// column marked.
    QString describe(int markedColumn) const;
};

/// Reads the file's header and the record starting at (or spanning) physical line `line` with the
/// core CSV reader. Blocking file I/O: call it from a worker thread.
ImportRowText readImportRow(const QString& path, qint64 line);

} // namespace pvi
