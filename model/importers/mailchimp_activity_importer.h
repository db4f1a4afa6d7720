#pragma once

#include "importers/header_map.h"
#include "importers/importer.h"

namespace pvi {

/// Per-recipient email activity in a fixed, documented layout (FORMATS.md §3.3 found no real
/// Mailchimp file, so this is the layout PVI Studio accepts and the generic mapping produces):
///
///     Email Address,Campaign,Action,Timestamp
///
/// with an optional `Campaign ID` column (otherwise the campaign's name identifies it). Action is
/// one of sent, delivered, open(ed), click(ed), unsubscribe(d), bounce(d) (also "hard bounce",
/// "soft bounce"), complaint or abuse, in any case. Each row is one event joined to its customer
/// by normalized email; the same event imported twice is stored once.
class MailchimpActivityImporter : public Importer {
public:
    /// The declaration the registry detects files with.
    static const ImporterSpec& staticSpec();

    const ImporterSpec& spec() const override { return staticSpec(); }
    void begin(ImportContext& context, const HeaderMap& header) override;
    void addRow(ImportContext& context, const CsvRow& row) override;
    void finish(ImportContext& context) override;

private:
    struct Columns {
        ColumnRef email, campaign, campaignId, action, timestamp;
    };
    Columns m_col;
};

} // namespace pvi
