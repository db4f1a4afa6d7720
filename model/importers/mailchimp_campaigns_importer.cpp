#include "importers/mailchimp_campaigns_importer.h"

#include "importers/email_store.h"
#include "importers/import_context.h"
#include "io/csv_row.h"
#include "io/mac_roman.h"

#include <QCoreApplication>
#include <QFile>

namespace pvi {

namespace {

// A campaign list export is small; this much is enough to tell its encoding.
constexpr qint64 kEncodingSample = 4 * 1024 * 1024;

} // namespace

const ImporterSpec& MailchimpCampaignsImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("mailchimp-campaigns"),
        QStringLiteral("Mailchimp campaign list export"),
        QStringLiteral("Title"),
        {{QStringLiteral("Title"), QStringLiteral("Send Date"),
          QStringLiteral("Successful Deliveries"), QStringLiteral("Unique Opens"),
          QStringLiteral("Total Recipients")},
         {QStringLiteral("Title"), QStringLiteral("Send_Date"),
          QStringLiteral("Successful_Deliveries"), QStringLiteral("Unique_Opens"),
          QStringLiteral("Total_Recipients")}},
        {{QStringLiteral("Title")},
         spellings({"Send Date"}),
         spellings({"Successful Deliveries"}),
         spellings({"Unique Opens", "Open Rate"})},
        {QStringLiteral("Title"), QStringLiteral("Send Date"),
         QStringLiteral("Successful Deliveries"), QStringLiteral("Unique Opens")},
        ImportRecords::Campaigns,
    };
    return spec;
}

void MailchimpCampaignsImporter::begin(ImportContext& context, const HeaderMap& h) {
    auto c = [&h](std::initializer_list<const char*> names) { return h.firstOf(spellings(names)); };
    m_col = {c({"Title"}),
             c({"Subject"}),
             c({"List"}),
             ColumnRef{},
             c({"Send Date"}),
             c({"Total Recipients"}),
             c({"Successful Deliveries"}),
             c({"Unique Opens"}),
             c({"Open Rate"}),
             c({"Total Opens"}),
             c({"Unique Clicks"}),
             c({"Click Rate"}),
             c({"Total Clicks"}),
             c({"Unsubscribes"}),
             c({"Total Bounces"}),
             c({"Abuse Complaints"})};
    m_softBounces = c({"Soft Bounces"});
    m_hardBounces = c({"Hard Bounces"});
    const bool underscored = h.contains(QStringLiteral("Send_Date"));
    context.report().sourceTitle =
        spec().title + (underscored ? QStringLiteral(" (re-saved, underscored header)")
                                    : QStringLiteral(" (Mailchimp's header)"));
    QFile file(context.report().file);
    if (file.open(QIODevice::ReadOnly) && looksLikeMacRoman(file.read(kEncodingSample))) {
        m_macRoman = true;
        context.warning(
            0, 0, QStringLiteral("mac-roman"),
            QCoreApplication::translate("pvi::ImportText",
                                        "the file is not UTF-8 and reads as Mac Roman (saved by "
                                        "Excel for Mac); its text was decoded that way"));
    }
}

void MailchimpCampaignsImporter::addRow(ImportContext& context, const CsvRow& row) {
    FieldReader f(context, row);
    EmailCampaign c;
    c.platform = QStringLiteral("mailchimp");
    const std::optional<ImportedTimestamp> sent =
        m_counts.readShared(context, row.line, f, m_col, c);
    if (!sent)
        return;
    if (m_macRoman) {
        c.name = repairMacRoman(c.name);
        c.subject = repairMacRoman(c.subject);
        c.listName = repairMacRoman(c.listName);
    }
    if (!c.bounces) {
        const auto soft = f.integer(m_softBounces, FieldReader::Need::Optional);
        const auto hard = f.integer(m_hardBounces, FieldReader::Need::Optional);
        if (soft || hard)
            c.bounces = soft.value_or(0) + hard.value_or(0);
    }
    CampaignCounts::store(context, c, *sent, QString()); // the list export has no campaign id
}

void MailchimpCampaignsImporter::finish(ImportContext& context) {
    m_counts.reportDerived(context);
}

} // namespace pvi
