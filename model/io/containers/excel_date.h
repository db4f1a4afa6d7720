#pragma once

#include <QString>

namespace pvi {

/// What an Excel number format shows of a serial date number.
enum class ExcelDateKind { NotDate, Date, DateTime, Time };

/// How a number format shows its number: the built-in ids 14–22 and 45–47 are dates or times;
/// a custom format is a date when its code (quoted text, `[…]` and `\x` escapes left out) holds
/// y, d, h or s, or m with one of them.
ExcelDateKind excelDateKind(int numFmtId, const QString& formatCode);

/// A serial date number as text: `yyyy-MM-dd` (Date), `yyyy-MM-dd HH:mm:ss` (DateTime, or a Date
/// with a time of day), `HH:mm:ss` (Time). 1900 system: serial 1 is 1900-01-01 and Excel's
/// phantom 1900-02-29 (serial 60) is skipped, so 45292 is 2024-01-01; 1904 system: serial 0 is
/// 1904-01-01. Empty for a serial no date can have (negative, beyond 9999-12-31).
QString excelSerialToText(double serial, bool date1904, ExcelDateKind kind);

} // namespace pvi
