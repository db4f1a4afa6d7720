#include "importers/web_report_importer.h"

#include "importers/import_context.h"
#include "io/csv_row.h"

#include <QCoreApplication>

namespace pvi {

WebReportLayout readDatedReportLayout(ImportContext& context) {
    WebReportLayout layout = WebReportLayout::read(context.report().file);
    if (!layout.from.isValid() || !layout.to.isValid() || layout.from > layout.to)
        context.error(
            1, 0, QStringLiteral("no-date-range"),
            QCoreApplication::translate("pvi::ImportText",
                                        "the report's date range is missing: expected '# Start "
                                        "date: YYYYMMDD' and '# End date: YYYYMMDD' lines (GA4) or "
                                        "a '# YYYYMMDD-YYYYMMDD' line (Universal Analytics) before "
                                        "the header; download the report again with its header"));
    return layout;
}

bool beyondFirstTable(const WebReportLayout& layout, qint64 line) {
    return layout.lastTableLine > 0 && line > layout.lastTableLine;
}

void warnOtherTablesSkipped(ImportContext& context, const WebReportLayout& layout,
                            qint64 skippedRows) {
    if (layout.otherTables.isEmpty())
        return;
    context.warning(
        layout.lastTableLine + 1, 0, QStringLiteral("other-tables-skipped"),
        QCoreApplication::translate("pvi::ImportText",
                                    "only the first table (lines %1–%2) was imported; %3 further "
                                    "table(s) (%4 line(s)) were skipped: %5")
            .arg(layout.headerLine)
            .arg(layout.lastTableLine)
            .arg(layout.otherTables.size())
            .arg(skippedRows)
            .arg(layout.otherTables.join(QStringLiteral(" | "))));
}

void WebReportImporter::begin(ImportContext& context, const HeaderMap& header) {
    m_layout = readDatedReportLayout(context);
    mapColumns(header);
}

void WebReportImporter::addRow(ImportContext& context, const CsvRow& row) {
    if (beyondFirstTable(m_layout, row.line)) {
        ++m_skippedRows;
        return;
    }
    std::optional<WebPageRecord> page = readPage(context, row);
    if (!page || !m_layout.from.isValid() || !m_layout.to.isValid())
        return;
    page->platform = platform();
    page->dateFrom = m_layout.from.toString(Qt::ISODate);
    page->dateTo = m_layout.to.toString(Qt::ISODate);
    storeWebPage(context, *page);
}

void WebReportImporter::finish(ImportContext& context) {
    warnOtherTablesSkipped(context, m_layout, m_skippedRows);
}

} // namespace pvi
