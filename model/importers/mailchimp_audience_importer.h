#pragma once

#include "importers/header_map.h"
#include "importers/importer.h"
#include "importers/mailchimp_groups.h"

#include <optional>

namespace pvi {

/// The three files of a Mailchimp audience export (subscribed_, unsubscribed_ and
/// cleaned_members_export_<hex>.csv): the email is the first column whatever the audience calls
/// it, then merge fields and Mailchimp's fixed columns (MEMBER_RATING, OPTIN_TIME, ...; the
/// unsubscribed file adds UNSUB_*, the cleaned one CLEAN_*, which also tell the files apart).
/// Quoted timestamps, apostrophe-guarded numbers and backslash-escaped commas are read as
/// Mailchimp means them. Each member joins its customer by normalized email; its TAGS and its
/// interest groups (MailchimpGroupColumns) become segment labels. See FORMATS.md §3.1.
class MailchimpAudienceImporter : public Importer {
public:
    /// The declaration the registry detects files with.
    static const ImporterSpec& staticSpec();

    const ImporterSpec& spec() const override { return staticSpec(); }
    void begin(ImportContext& context, const HeaderMap& header) override;
    void addRow(ImportContext& context, const CsvRow& row) override;
    void finish(ImportContext& context) override;

private:
    struct Columns {
        ColumnRef email, rating, optin, confirm, unsubTime, unsubReason, unsubReasonOther,
            unsubCampaign, cleanTime, cleanCampaign, tags;
    };
    Columns m_col;
    std::optional<MailchimpGroupColumns> m_groups;
    QString m_status;
    qint64 m_withoutEmail = 0;
    qint64 m_firstWithoutEmail = 0;
};

} // namespace pvi
