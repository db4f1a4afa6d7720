#pragma once

#include "importers/header_map.h"
#include "importers/importer.h"

namespace pvi {

/// The Klaviyo profile export (list or segment › Export to CSV; the columns are the ticked
/// properties): each profile's email consent (SUBSCRIBED / UNSUBSCRIBED / NEVER_SUBSCRIBED and
/// its timestamp) and suppressions (UNSUBSCRIBED, USER_SUPPRESSED, SPAM_COMPLAINT, HARD_BOUNCE,
/// INVALID_EMAIL) become an audience status; the profile joins its customer by normalized email.
/// See FORMATS.md §4.2.
class KlaviyoProfilesImporter : public Importer {
public:
    /// The declaration the registry detects files with.
    static const ImporterSpec& staticSpec();

    const ImporterSpec& spec() const override { return staticSpec(); }
    void begin(ImportContext& context, const HeaderMap& header) override;
    void addRow(ImportContext& context, const CsvRow& row) override;
    void finish(ImportContext& context) override;

private:
    struct Columns {
        ColumnRef email, consent, consentTime, suppressions, created, added;
    };
    Columns m_col;
    qint64 m_withoutEmail = 0;
    qint64 m_firstWithoutEmail = 0;
};

} // namespace pvi
