#include "importers/mailchimp_activity_importer.h"

#include "importers/email_store.h"
#include "importers/field_reader.h"
#include "importers/import_context.h"
#include "io/csv_row.h"
#include "io/value_parsers.h"

#include <QCoreApplication>

namespace pvi {

namespace {

using Need = FieldReader::Need;

/// The stored event name of an action cell; empty when it is not one.
QString eventOf(const QString& action) {
    const QString a = action.trimmed().toLower();
    if (a == u"sent" || a == u"send")
        return QStringLiteral("sent");
    if (a == u"delivered")
        return QStringLiteral("delivered");
    if (a == u"open" || a == u"opened")
        return QStringLiteral("open");
    if (a == u"click" || a == u"clicked")
        return QStringLiteral("click");
    if (a == u"unsubscribe" || a == u"unsubscribed")
        return QStringLiteral("unsubscribe");
    if (a == u"bounce" || a == u"bounced" || a == u"hard bounce" || a == u"soft bounce")
        return QStringLiteral("bounce");
    if (a == u"complaint" || a == u"abuse" || a == u"abuse complaint")
        return QStringLiteral("complaint");
    return {};
}

} // namespace

const ImporterSpec& MailchimpActivityImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("mailchimp-activity"),
        QStringLiteral("Email activity per recipient"),
        QStringLiteral("Email Address"),
        {{QStringLiteral("Email Address"), QStringLiteral("Campaign"), QStringLiteral("Action"),
          QStringLiteral("Timestamp")}},
        {{QStringLiteral("Email Address")},
         {QStringLiteral("Campaign"), QStringLiteral("Campaign ID")},
         {QStringLiteral("Action")},
         {QStringLiteral("Timestamp")}},
        {QStringLiteral("Email Address"), QStringLiteral("Campaign"), QStringLiteral("Action"),
         QStringLiteral("Timestamp")},
        ImportRecords::EmailEvents,
    };
    return spec;
}

void MailchimpActivityImporter::begin(ImportContext&, const HeaderMap& h) {
    auto c = [&h](const char* name) { return h.column(QString::fromLatin1(name)); };
    m_col = {c("Email Address"), c("Campaign"), c("Campaign ID"), c("Action"), c("Timestamp")};
}

void MailchimpActivityImporter::addRow(ImportContext& context, const CsvRow& row) {
    FieldReader f(context, row);
    EmailEvent e;
    e.platform = QStringLiteral("mailchimp");
    e.email = normalizeEmail(f.text(m_col.email));
    if (!e.email.contains(u'@')) {
        context.error(
            row.line, m_col.email.index + 1, QStringLiteral("bad-email"),
            QCoreApplication::translate("pvi::ImportText", "%1 '%2' is not an email address")
                .arg(m_col.email.name, f.text(m_col.email)));
        return;
    }
    e.campaignName = f.text(m_col.campaign);
    e.campaignKey = f.text(m_col.campaignId);
    if (e.campaignKey.isEmpty())
        e.campaignKey = e.campaignName;
    if (e.campaignName.isEmpty())
        e.campaignName = e.campaignKey;
    if (e.campaignKey.isEmpty()) {
        context.error(row.line, m_col.campaign.index + 1, QStringLiteral("missing-value"),
                      QCoreApplication::translate("pvi::ImportText", "the row names no campaign"));
        return;
    }
    e.event = eventOf(f.text(m_col.action));
    if (e.event.isEmpty()) {
        context.error(
            row.line, m_col.action.index + 1, QStringLiteral("bad-action"),
            QCoreApplication::translate("pvi::ImportText",
                                        "%1 '%2' cannot be read; expected sent, delivered, open, "
                                        "click, unsubscribe, bounce or complaint")
                .arg(m_col.action.name, f.text(m_col.action)));
        return;
    }
    const auto at = f.timestamp(m_col.timestamp, Need::Required);
    if (!at || context.hasErrors())
        return;
    e.occurredAt = at->iso;
    e.eventDate = at->date.toString(Qt::ISODate);
    storeEvent(context, e);
}

void MailchimpActivityImporter::finish(ImportContext&) {}

} // namespace pvi
