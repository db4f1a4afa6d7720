#include "shell/table_workbook.h"

#include <xlsxwriter.h>

namespace pvi {

QString writeTableWorkbook(const QString& path, const QList<QStringList>& rows) {
    lxw_workbook* workbook = workbook_new(path.toLocal8Bit().constData());
    if (!workbook)
        return QStringLiteral("cannot create %1").arg(path);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Table");
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList& row = rows[r];
        for (qsizetype c = 0; c < row.size(); ++c) {
            const auto at = static_cast<lxw_row_t>(r);
            const auto column = static_cast<lxw_col_t>(c);
            bool isNumber = false;
            const double number = row[c].toDouble(&isNumber); // C locale: no grouping, no unit
            if (r > 0 && isNumber)
                worksheet_write_number(sheet, at, column, number, nullptr);
            else if (!row[c].isEmpty())
                worksheet_write_string(sheet, at, column, row[c].toUtf8().constData(),
                                       r == 0 ? bold : nullptr);
        }
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        return QString::fromUtf8(lxw_strerror(error));
    return {};
}

} // namespace pvi
