#pragma once

#include "importers/header_map.h"
#include "importers/web_report_importer.h"

namespace pvi {

/// A GA4 report download (Reports › Engagement › Landing page › Share › Download file › CSV):
/// the landing-page table with sessions, average engagement time per session (seconds), key
/// events, total revenue and the session key event rate (a fraction); `Engagement rate` and
/// `Views` when the report has them. Counts are stored as rate × sessions. See FORMATS.md §6.1.
class Ga4LandingPagesImporter : public WebReportImporter {
public:
    /// The declaration the registry detects files with.
    static const ImporterSpec& staticSpec();
    const ImporterSpec& spec() const override { return staticSpec(); }

protected:
    void mapColumns(const HeaderMap& header) override;
    std::optional<WebPageRecord> readPage(ImportContext& context, const CsvRow& row) override;
    QString platform() const override { return QStringLiteral("ga4"); }

private:
    struct Columns {
        ColumnRef page, sessions, engagementTime, keyEventRate, engagementRate, bounceRate, views,
            revenue;
    };
    Columns m_col;
};

} // namespace pvi
