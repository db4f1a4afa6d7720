#pragma once

#include "importers/email_store.h"
#include "importers/email_values.h"
#include "importers/field_reader.h"
#include "importers/header_map.h"

#include <QMap>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace pvi {

class ImportContext;

/// A column by its export spelling and the re-saved one with underscores ("Send Date" and
/// "Send_Date"), for HeaderMap::firstOf().
QStringList spellings(std::initializer_list<const char*> names);

/// The columns the Mailchimp and Klaviyo campaign exports share (absent ones stay absent).
struct CampaignColumns {
    ColumnRef name, subject, list, tags, sent, recipients, delivered, uniqueOpens, openRate,
        totalOpens, uniqueClicks, clickRate, totalClicks, unsubscribes, bounces, complaints;
};

/// Reads the counts of a campaign export row. A count comes from its own column; only when that
/// column is absent or empty is it derived from the rate column × the base (delivered), and
/// the import gets one warning per derived column saying so.
class CampaignCounts {
public:
    explicit CampaignCounts(BareRate bareRate)
        : m_bareRate(bareRate) {}

    /// The count, or round(rate × base) when the count is missing and rate and base are given;
    /// `derived` is set when it was derived. An unreadable cell is an error when `need` is
    /// Required, a warning otherwise.
    std::optional<std::int64_t> read(ImportContext& context, qint64 line, const FieldReader& fields,
                                     const ColumnRef& count, const ColumnRef& rate,
                                     std::optional<std::int64_t> base, FieldReader::Need need,
                                     bool& derived);
    /// Reads the shared columns of one row into `campaign` (its platform set by the caller);
    /// nullopt when the row has an error (reported to the context).
    std::optional<ImportedTimestamp> readShared(ImportContext& context, qint64 line,
                                                const FieldReader& fields,
                                                const CampaignColumns& columns,
                                                EmailCampaign& campaign);
    /// Sets the send time, the key (the platform's id, or "name|send time") and the A/B arm,
    /// then stores the campaign.
    static void store(ImportContext& context, EmailCampaign campaign, const ImportedTimestamp& sent,
                      const QString& platformId);
    /// One warning per column whose values were derived, with how many campaigns.
    void reportDerived(ImportContext& context) const;

private:
    BareRate m_bareRate;
    QMap<QString, qint64> m_derived; ///< "count column from rate column" → campaigns
    qint64 m_firstLine = 0;
};

} // namespace pvi
