#include "importers/mailchimp_audience_importer.h"

#include "importers/email_store.h"
#include "importers/email_values.h"
#include "importers/field_reader.h"
#include "importers/import_context.h"
#include "io/csv_row.h"
#include "io/value_parsers.h"

#include <QCoreApplication>

namespace pvi {

namespace {

using Need = FieldReader::Need;

} // namespace

const ImporterSpec& MailchimpAudienceImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("mailchimp-audience"),
        QStringLiteral("Mailchimp audience export"),
        QString(),
        {{QStringLiteral("MEMBER_RATING"), QStringLiteral("OPTIN_TIME"),
          QStringLiteral("CONFIRM_TIME"), QStringLiteral("LEID")},
         {QStringLiteral("MEMBER_RATING"), QStringLiteral("OPTIN_TIME"),
          QStringLiteral("UNSUB_TIME")},
         {QStringLiteral("MEMBER_RATING"), QStringLiteral("OPTIN_TIME"),
          QStringLiteral("CLEAN_TIME")}},
        {{QStringLiteral("OPTIN_TIME")}},
        {QStringLiteral("Email Address"), QStringLiteral("MEMBER_RATING"),
         QStringLiteral("OPTIN_TIME"), QStringLiteral("LEID")},
        ImportRecords::Subscribers,
    };
    return spec;
}

void MailchimpAudienceImporter::begin(ImportContext& context, const HeaderMap& h) {
    auto c = [&h](const char* name) { return h.column(QString::fromLatin1(name)); };
    m_col = {ColumnRef{0, h.names().value(0)},
             c("MEMBER_RATING"),
             c("OPTIN_TIME"),
             c("CONFIRM_TIME"),
             c("UNSUB_TIME"),
             c("UNSUB_REASON"),
             c("UNSUB_REASON_OTHER"),
             c("UNSUB_CAMPAIGN_TITLE"),
             c("CLEAN_TIME"),
             c("CLEAN_CAMPAIGN_TITLE"),
             c("TAGS")};
    m_status = m_col.unsubTime.present()   ? QStringLiteral("unsubscribed")
               : m_col.cleanTime.present() ? QStringLiteral("cleaned")
                                           : QStringLiteral("subscribed");
    context.report().sourceTitle = spec().title + QStringLiteral(" (%1 members)").arg(m_status);
    m_groups.emplace(h);
}

void MailchimpAudienceImporter::addRow(ImportContext& context, const CsvRow& row) {
    FieldReader f(context, row);
    AudienceMember m;
    m.platform = QStringLiteral("mailchimp");
    m.email = normalizeEmail(f.text(m_col.email));
    if (!m.email.contains(u'@')) {
        if (m_withoutEmail++ == 0)
            m_firstWithoutEmail = row.line;
        return;
    }
    m.status = m_status;
    std::optional<ImportedTimestamp> optin = f.timestamp(m_col.optin, Need::Optional);
    if (!optin)
        optin = f.timestamp(m_col.confirm, Need::Optional);
    if (optin) {
        m.optedInAt = optin->iso;
        m.optinDate = optin->date.toString(Qt::ISODate);
    }
    const ColumnRef& changed = m_status == u"unsubscribed" ? m_col.unsubTime : m_col.cleanTime;
    if (m_status != u"subscribed") {
        if (const auto at = f.timestamp(changed, Need::Optional)) {
            m.changedAt = at->iso;
            m.changeDate = at->date.toString(Qt::ISODate);
        }
    }
    if (m_status == u"unsubscribed") {
        const QString other = unescapeBackslashCommas(f.text(m_col.unsubReasonOther));
        m.reason = unescapeBackslashCommas(f.text(m_col.unsubReason));
        if (!other.isEmpty())
            m.reason += (m.reason.isEmpty() ? QString() : QStringLiteral(": ")) + other;
        m.campaign = unescapeBackslashCommas(f.text(m_col.unsubCampaign));
    } else if (m_status == u"cleaned") {
        m.campaign = unescapeBackslashCommas(f.text(m_col.cleanCampaign));
    }
    if (const auto rating = f.integer(m_col.rating, Need::Optional))
        m.memberRating = *rating;
    storeAudienceMember(context, m);
    if (m_col.tags.present())
        storeAudienceLabels(context, m.platform, m.email, QStringLiteral("tag"),
                            mailchimpTags(f.text(m_col.tags)));
    m_groups->addMember(m.email, row.fields);
}

void MailchimpAudienceImporter::finish(ImportContext& context) {
    for (const MailchimpGroupColumns::MemberGroups& member : m_groups->groups())
        storeAudienceLabels(context, QStringLiteral("mailchimp"), member.email,
                            QStringLiteral("group"), member.labels);
    if (m_withoutEmail > 0)
        context.warning(
            m_firstWithoutEmail, 1, QStringLiteral("no-email"),
            QCoreApplication::translate("pvi::ImportText",
                                        "%1 row(s) have no email address in the first column "
                                        "(the first on this line); skipped")
                .arg(m_withoutEmail));
}

} // namespace pvi
