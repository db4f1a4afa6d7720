#pragma once
// A table as an Excel workbook (.xlsx), written with libxlsxwriter.

#include <QList>
#include <QString>
#include <QStringList>

namespace pvi {

/// Writes `rows` (the first is the header, in bold) to one sheet of a new workbook at `path`:
/// a cell that is a plain number (`-3.5`, `1200`) as a number, anything else as text exactly as
/// shown. Safe on any thread. Returns an empty text on success, else why it failed.
QString writeTableWorkbook(const QString& path, const QList<QStringList>& rows);

} // namespace pvi
