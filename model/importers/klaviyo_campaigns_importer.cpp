#include "importers/klaviyo_campaigns_importer.h"

#include "importers/email_store.h"
#include "importers/import_context.h"
#include "io/csv_row.h"

#include <QCoreApplication>

namespace pvi {

const ImporterSpec& KlaviyoCampaignsImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("klaviyo-campaigns"),
        QStringLiteral("Klaviyo campaign performance export"),
        QStringLiteral("Campaign Name"),
        {{QStringLiteral("Campaign Name"), QStringLiteral("Send Time"),
          QStringLiteral("Successful Deliveries"), QStringLiteral("Unique Opens"),
          QStringLiteral("Campaign ID")}},
        {{QStringLiteral("Campaign Name")},
         {QStringLiteral("Send Time")},
         {QStringLiteral("Successful Deliveries")},
         {QStringLiteral("Unique Opens"), QStringLiteral("Open Rate")}},
        {QStringLiteral("Campaign Name"), QStringLiteral("Send Time"),
         QStringLiteral("Successful Deliveries"), QStringLiteral("Unique Opens")},
        ImportRecords::Campaigns,
    };
    return spec;
}

void KlaviyoCampaignsImporter::begin(ImportContext&, const HeaderMap& h) {
    auto c = [&h](const char* name) { return h.column(QString::fromUtf8(name)); };
    m_col = {c("Campaign Name"),
             c("Subject"),
             c("List"),
             c("Tags"),
             c("Send Time"),
             c("Total Recipients"),
             c("Successful Deliveries"),
             c("Unique Opens"),
             c("Open Rate"),
             c("Total Opens"),
             c("Unique Clicks"),
             c("Click Rate"),
             c("Total Clicks"),
             c("Unsubscribes"),
             c("Bounces"),
             c("Spam Complaints")};
    m_orders = c("Unique Placed Order");
    m_orderRate = c("Placed Order Rate");
    m_revenue = c("Revenue");
    m_campaignId = c("Campaign ID");
    m_channel = c("Campaign Channel");
}

void KlaviyoCampaignsImporter::addRow(ImportContext& context, const CsvRow& row) {
    FieldReader f(context, row);
    const QString channel = f.text(m_channel);
    if (!channel.isEmpty() && channel.compare(QStringLiteral("Email"), Qt::CaseInsensitive) != 0) {
        if (m_smsSkipped++ == 0)
            m_firstSmsLine = row.line;
        return;
    }
    EmailCampaign c;
    c.platform = QStringLiteral("klaviyo");
    const std::optional<ImportedTimestamp> sent =
        m_counts.readShared(context, row.line, f, m_col, c);
    if (!sent)
        return;
    bool derived = c.countsDerived;
    c.orders = m_counts.read(context, row.line, f, m_orders, m_orderRate, c.delivered,
                             FieldReader::Need::Optional, derived);
    c.countsDerived = derived;
    c.revenue = f.money(m_revenue, FieldReader::Need::Optional);
    if (!context.hasErrors())
        CampaignCounts::store(context, c, *sent, f.text(m_campaignId));
}

void KlaviyoCampaignsImporter::finish(ImportContext& context) {
    m_counts.reportDerived(context);
    if (m_smsSkipped > 0)
        context.warning(
            m_firstSmsLine, m_channel.index + 1, QStringLiteral("sms-skipped"),
            QCoreApplication::translate("pvi::ImportText",
                                        "%1 SMS campaign(s) skipped (the first on this line): the "
                                        "email PVIs count email campaigns only")
                .arg(m_smsSkipped));
}

} // namespace pvi
