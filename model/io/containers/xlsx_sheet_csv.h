#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pvi {

struct XlsxWorkbook;

/// Where a worksheet could not be read: its 1-based row and column (0 when unknown).
struct XlsxSheetError {
    qint64 row = 0;
    int column = 0;
    QString message;
};

/// Turns a worksheet part into UTF-8 CSV text the CSV reader reads like any export: record N is
/// on line N as in the sheet (rows the sheet skips are blank lines), each row padded to the width
/// of the first one. Shared and inline strings become their text, booleans TRUE/FALSE, numbers
/// as written (up to 15 significant digits, as Excel shows them), numbers in a date style
/// `yyyy-MM-dd[ HH:mm:ss]` in the workbook's date system. False when the XML is broken, a shared
/// string index is out of range, or the CSV would exceed `limit` bytes.
bool xlsxSheetToCsv(const QByteArray& sheetXml, const XlsxWorkbook& workbook,
                    const QStringList& sharedStrings, qint64 limit, QByteArray& csv,
                    XlsxSheetError& error);

} // namespace pvi
