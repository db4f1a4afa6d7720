#pragma once

#include "importers/header_map.h"
#include "importers/web_report_importer.h"

namespace pvi {

/// A GA4 report of product lists or promotions (Reports › Monetization › E-commerce purchases
/// with the dimension switched to Item list name or Item promotion name, or an Exploration of
/// them; Share › Download file › CSV): per list, the items shown ("Items viewed in list") and
/// clicked ("Items clicked in list"), or the same per promotion, or the list/promotion view and
/// click events. These are the impressions and clicks of click_through_rate; a list is
/// personalized when an item-list rule matches its name ("Recommended for you"). The preamble
/// and date range are read like the landing-page report's. See docs/web-and-costs.md.
class Ga4ItemListsImporter : public WebReportImporter {
public:
    /// The declaration the registry detects files with.
    static const ImporterSpec& staticSpec();
    const ImporterSpec& spec() const override { return staticSpec(); }

protected:
    void mapColumns(const HeaderMap& header) override;
    std::optional<WebPageRecord> readPage(ImportContext& context, const CsvRow& row) override;
    QString platform() const override { return QStringLiteral("ga4-item-lists"); }

private:
    ColumnRef m_name, m_shown, m_clicked;
};

} // namespace pvi
