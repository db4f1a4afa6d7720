#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace pvi {

/// Where the first table of an analytics report download sits and which date range the report
/// covers, read from its `#` comment block: GA4's `# Start date: YYYYMMDD` / `# End date:
/// YYYYMMDD` lines or Universal Analytics' `# YYYYMMDD-YYYYMMDD` line.
struct WebReportLayout {
    QDate from; ///< first day of the report's range (invalid when the file gives none)
    QDate to;   ///< last day of the report's range
    /// 1-based physical line of the first table's header (0: no table found).
    qint64 headerLine = 0;
    /// Last physical line that belongs to the first table (its rows end at a blank or `#` line).
    qint64 lastTableLine = 0;
    /// The headers of the further tables in the file (a GA4 Reports snapshot holds many).
    QStringList otherTables;

    /// Reads the layout of the file at `path` (a small text file; CR, LF and CRLF lines).
    static WebReportLayout read(const QString& path);
    /// Whether the file's first character (after a byte-order mark) is `#`, as in GA4 and
    /// Universal Analytics downloads.
    static bool startsWithComment(const QString& path);
};

} // namespace pvi
