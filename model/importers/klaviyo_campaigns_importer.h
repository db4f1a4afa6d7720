#pragma once

#include "importers/campaign_counts.h"
#include "importers/header_map.h"
#include "importers/importer.h"

namespace pvi {

/// The Klaviyo campaign performance export (Analytics/Campaigns › Export): comma or tab
/// separated, counts written as floats (`64517.0`), rates as `70.80%` or fractions (`0.0025`),
/// subjects with template tags, emoji or a quoted newline. Counts are stored; a rate only stands
/// in for a missing count. SMS campaigns are skipped (with a warning). See FORMATS.md §4.1.
class KlaviyoCampaignsImporter : public Importer {
public:
    /// The declaration the registry detects files with.
    static const ImporterSpec& staticSpec();

    const ImporterSpec& spec() const override { return staticSpec(); }
    void begin(ImportContext& context, const HeaderMap& header) override;
    void addRow(ImportContext& context, const CsvRow& row) override;
    void finish(ImportContext& context) override;

private:
    CampaignColumns m_col;
    ColumnRef m_orders, m_orderRate, m_revenue, m_campaignId, m_channel;
    CampaignCounts m_counts{BareRate::Fraction};
    qint64 m_smsSkipped = 0;
    qint64 m_firstSmsLine = 0;
};

} // namespace pvi
