#include "importers/web_report_importer.h"

#include "importers/import_context.h"
#include "io/csv_row.h"

namespace pvi {

void WebReportImporter::begin(ImportContext& context, const HeaderMap& header) {
    m_layout = WebReportLayout::read(context.report().file);
    mapColumns(header);
    if (!m_layout.from.isValid() || !m_layout.to.isValid() || m_layout.from > m_layout.to)
        context.error(1, 0, QStringLiteral("no-date-range"),
                      QStringLiteral("the report's date range is missing: expected '# Start "
                                     "date: YYYYMMDD' and '# End date: YYYYMMDD' lines (GA4) or "
                                     "a '# YYYYMMDD-YYYYMMDD' line (Universal Analytics) before "
                                     "the header; download the report again with its header"));
}

void WebReportImporter::addRow(ImportContext& context, const CsvRow& row) {
    if (m_layout.lastTableLine > 0 && row.line > m_layout.lastTableLine) {
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
    if (m_layout.otherTables.isEmpty())
        return;
    context.warning(m_layout.lastTableLine + 1, 0, QStringLiteral("other-tables-skipped"),
                    QStringLiteral("only the first table (lines %1–%2) was imported; %3 further "
                                   "table(s) (%4 line(s)) were skipped: %5")
                        .arg(m_layout.headerLine)
                        .arg(m_layout.lastTableLine)
                        .arg(m_layout.otherTables.size())
                        .arg(m_skippedRows)
                        .arg(m_layout.otherTables.join(QStringLiteral(" | "))));
}

} // namespace pvi
