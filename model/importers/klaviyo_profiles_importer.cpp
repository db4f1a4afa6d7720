#include "importers/klaviyo_profiles_importer.h"

#include "importers/email_store.h"
#include "importers/field_reader.h"
#include "importers/import_context.h"
#include "io/csv_row.h"
#include "io/value_parsers.h"

#include <QCoreApplication>

namespace pvi {

namespace {

using Need = FieldReader::Need;

/// The audience status of a profile: a suppression wins over the consent value.
QString statusOf(const QString& consent, const QString& suppressions) {
    const QString s = suppressions.toUpper();
    if (s.contains(QStringLiteral("HARD_BOUNCE")) || s.contains(QStringLiteral("INVALID_EMAIL")))
        return QStringLiteral("cleaned");
    if (s.contains(QStringLiteral("UNSUBSCRIBED")))
        return QStringLiteral("unsubscribed");
    if (s.contains(QStringLiteral("SPAM_COMPLAINT")) || s.contains(QStringLiteral("SUPPRESSED")))
        return QStringLiteral("suppressed");
    const QString c = consent.trimmed().toUpper();
    if (c == u"SUBSCRIBED")
        return QStringLiteral("subscribed");
    if (c == u"UNSUBSCRIBED")
        return QStringLiteral("unsubscribed");
    return QStringLiteral("never_subscribed");
}

} // namespace

const ImporterSpec& KlaviyoProfilesImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("klaviyo-profiles"),
        QStringLiteral("Klaviyo profile export"),
        QStringLiteral("Email"),
        {{QStringLiteral("Email"), QStringLiteral("Email Marketing Consent")},
         {QStringLiteral("Email"), QStringLiteral("Klaviyo ID")}},
        {{QStringLiteral("Email")},
         {QStringLiteral("Email Marketing Consent"), QStringLiteral("Email Suppressions")}},
        {QStringLiteral("Email"), QStringLiteral("Klaviyo ID"),
         QStringLiteral("Email Marketing Consent"), QStringLiteral("Email Suppressions")},
        ImportRecords::Subscribers,
    };
    return spec;
}

void KlaviyoProfilesImporter::begin(ImportContext&, const HeaderMap& h) {
    auto c = [&h](const char* name) { return h.column(QString::fromLatin1(name)); };
    m_col = {c("Email"),
             c("Email Marketing Consent"),
             c("Email Marketing Consent Timestamp"),
             c("Email Suppressions"),
             c("Profile Created On"),
             c("Date Added")};
}

void KlaviyoProfilesImporter::addRow(ImportContext& context, const CsvRow& row) {
    FieldReader f(context, row);
    AudienceMember m;
    m.platform = QStringLiteral("klaviyo");
    m.email = normalizeEmail(f.text(m_col.email));
    if (!m.email.contains(u'@')) {
        if (m_withoutEmail++ == 0)
            m_firstWithoutEmail = row.line;
        return;
    }
    const QString suppressions = f.text(m_col.suppressions);
    m.status = statusOf(f.text(m_col.consent), suppressions);
    const auto consentAt = f.timestamp(m_col.consentTime, Need::Optional);
    std::optional<ImportedTimestamp> joined = f.timestamp(m_col.added, Need::Optional);
    if (!joined)
        joined = f.timestamp(m_col.created, Need::Optional);
    if (m.status == u"subscribed" && consentAt)
        joined = consentAt;
    if (joined) {
        m.optedInAt = joined->iso;
        m.optinDate = joined->date.toString(Qt::ISODate);
    }
    if (m.status != u"subscribed" && m.status != u"never_subscribed" && consentAt) {
        m.changedAt = consentAt->iso;
        m.changeDate = consentAt->date.toString(Qt::ISODate);
    }
    m.reason = suppressions;
    storeAudienceMember(context, m);
}

void KlaviyoProfilesImporter::finish(ImportContext& context) {
    if (m_withoutEmail > 0)
        context.warning(
            m_firstWithoutEmail, m_col.email.index + 1, QStringLiteral("no-email"),
            QCoreApplication::translate("pvi::ImportText",
                                        "%1 profile(s) have no Email (the first on this line); "
                                        "skipped")
                .arg(m_withoutEmail));
}

} // namespace pvi
