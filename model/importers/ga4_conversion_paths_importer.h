#pragma once

#include "importers/header_map.h"
#include "importers/importer.h"
#include "importers/web_report_layout.h"

namespace pvi {

/// A GA4 conversion paths download (Advertising › Attribution › Conversion paths › Share ›
/// Download file › CSV): the `#` comment block with the report's date range, then one row per
/// path, its steps joined by " > " in a path column (Default channel group, Session source /
/// medium, Landing page, ...), with Conversions (Key events since 2024), Purchase revenue, Days
/// to conversion and Touchpoints to conversion (or "... to key event"). Only converting paths
/// are in the report. See docs/ga4-conversion-paths.md.
class Ga4ConversionPathsImporter : public Importer {
public:
    /// The declaration the registry detects files with.
    static const ImporterSpec& staticSpec();
    const ImporterSpec& spec() const override { return staticSpec(); }

    void begin(ImportContext& context, const HeaderMap& header) override;
    void addRow(ImportContext& context, const CsvRow& row) override;
    void finish(ImportContext& context) override;

    /// The path column headers accepted, in order of preference.
    static QStringList pathColumns();

private:
    struct Columns {
        ColumnRef path, conversions, revenue, days, touchpoints;
    };
    Columns m_col;
    WebReportLayout m_layout;
    qint64 m_skippedRows = 0;
};

} // namespace pvi
