#pragma once

#include "importers/importer.h"
#include "importers/web_page_store.h"
#include "importers/web_report_layout.h"

#include <optional>

namespace pvi {

/// The layout of the analytics report being imported (its `#` comment block read by
/// WebReportLayout); an error issue at line 1 when the block gives no valid date range.
WebReportLayout readDatedReportLayout(ImportContext& context);
/// Whether a data row lies beyond the report's first table (the only one imported).
bool beyondFirstTable(const WebReportLayout& layout, qint64 line);
/// A warning naming the further tables of a multi-table download that were skipped (none when
/// the file holds one table).
void warnOtherTablesSkipped(ImportContext& context, const WebReportLayout& layout,
                            qint64 skippedRows);

/// The part the analytics report importers share: the report's date range from its `#` comment
/// block (a report without one is rejected), the rows of the first table only (the other tables
/// of a multi-table download are listed in a warning), and writing the pages.
class WebReportImporter : public Importer {
public:
    void begin(ImportContext& context, const HeaderMap& header) override;
    void addRow(ImportContext& context, const CsvRow& row) override;
    void finish(ImportContext& context) override;

protected:
    /// Resolves the columns the subclass reads.
    virtual void mapColumns(const HeaderMap& header) = 0;
    /// One data row as a page (dates and platform are filled in afterwards); nothing for a row
    /// that is not a page (the subclass reports why).
    virtual std::optional<WebPageRecord> readPage(ImportContext& context, const CsvRow& row) = 0;
    /// "ga4" or "universal-analytics".
    virtual QString platform() const = 0;

private:
    WebReportLayout m_layout;
    qint64 m_skippedRows = 0;
};

} // namespace pvi
