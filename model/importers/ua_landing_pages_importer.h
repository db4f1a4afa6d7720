#pragma once

#include "importers/header_map.h"
#include "importers/web_report_importer.h"

namespace pvi {

/// A Universal Analytics landing-page export (Behaviour › Site Content › Landing Pages › Export
/// › CSV): sessions ("3,047"), bounce rate and goal conversion rate as percentages ("12.14%"),
/// pages per session, average session duration (or average time on page) as HH:MM:SS, and the
/// `# YYYYMMDD-YYYYMMDD` range line. A row without a page (the totals row) is skipped. See
/// FORMATS.md §6.2.
class UaLandingPagesImporter : public WebReportImporter {
public:
    /// The declaration the registry detects files with.
    static const ImporterSpec& staticSpec();
    const ImporterSpec& spec() const override { return staticSpec(); }

protected:
    void mapColumns(const HeaderMap& header) override;
    std::optional<WebPageRecord> readPage(ImportContext& context, const CsvRow& row) override;
    QString platform() const override { return QStringLiteral("universal-analytics"); }

private:
    struct Columns {
        ColumnRef page, sessions, bounceRate, pagesPerSession, duration, goalRate, revenue;
    };
    Columns m_col;
    qint64 m_totalsRows = 0;
};

} // namespace pvi
