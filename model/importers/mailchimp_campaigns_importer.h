#pragma once

#include "importers/campaign_counts.h"
#include "importers/header_map.h"
#include "importers/importer.h"

namespace pvi {

/// The Mailchimp campaign list export (Reports › campaigns › Export), in Mailchimp's spelling
/// ("Send Date", "Unique Opens") and re-saved with underscores ("Send_Date"), UTF-8 or Excel for
/// Mac's Mac Roman, LF or CRLF. One row per sent campaign; counts are stored, a rate (`41.09`
/// or `41.09%` of deliveries) only stands in for a missing count. "<name> | Combo N" rows are
/// the arms of one A/B campaign. See FORMATS.md §3.2.
class MailchimpCampaignsImporter : public Importer {
public:
    /// The declaration the registry detects files with.
    static const ImporterSpec& staticSpec();

    const ImporterSpec& spec() const override { return staticSpec(); }
    void begin(ImportContext& context, const HeaderMap& header) override;
    void addRow(ImportContext& context, const CsvRow& row) override;
    void finish(ImportContext& context) override;

private:
    CampaignColumns m_col;
    ColumnRef m_softBounces, m_hardBounces;
    CampaignCounts m_counts{BareRate::Percent};
    bool m_macRoman = false;
};

} // namespace pvi
