#pragma once

#include "io/containers/excel_date.h"

#include <QList>
#include <QString>

#include <vector>

namespace pvi {

class ZipArchive;

/// One worksheet of a workbook: its name as shown on the tab and its part in the archive.
struct XlsxSheet {
    QString name;
    QString part; ///< e.g. "xl/worksheets/sheet1.xml"
};

/// What an .xlsx workbook says about its sheets and how its numbers read: the sheets in tab order
/// (xl/workbook.xml and its relationships), the 1904 date system flag, and for every cell style
/// (xl/styles.xml `cellXfs`, by index) whether it shows a date.
struct XlsxWorkbook {
    QList<XlsxSheet> sheets;
    bool date1904 = false;
    std::vector<ExcelDateKind> styleDates;

    /// The date kind of the cell style with this index (NotDate for an unknown index).
    ExcelDateKind dateKind(int styleIndex) const {
        return styleIndex >= 0 && static_cast<std::size_t>(styleIndex) < styleDates.size()
                   ? styleDates[static_cast<std::size_t>(styleIndex)]
                   : ExcelDateKind::NotDate;
    }

    /// Reads the workbook, relationships and styles parts; false with `error` naming the part.
    static bool read(ZipArchive& archive, XlsxWorkbook& workbook, QString& error);
};

} // namespace pvi
