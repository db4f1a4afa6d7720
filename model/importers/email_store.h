#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace pvi {

class ImportContext;

/// One sent campaign as a campaign export describes it (counts, never rates).
struct EmailCampaign {
    QString platform; ///< "mailchimp" or "klaviyo"
    QString key;      ///< the platform's campaign id, or "name|send time" when it gives none
    QString name, subject, listName, tags;
    QString sentAt;   ///< ISO 8601 as written (no zone when the export gives none)
    QString sendDate; ///< YYYY-MM-DD
    std::optional<std::int64_t> recipients, delivered, uniqueOpens, totalOpens, uniqueClicks,
        totalClicks, unsubscribes, bounces, complaints, orders;
    std::optional<double> revenue;
    QString abGroup, abArm; ///< the A/B campaign and arm ("Combo 1"), empty when not an arm
    bool countsDerived = false;
    bool operator==(const EmailCampaign&) const = default;
};

/// One audience member (Mailchimp audience file, Klaviyo profile).
struct AudienceMember {
    QString platform;
    QString email;  ///< normalized address (pseudonymized on storing when the workspace says so)
    QString status; ///< subscribed, unsubscribed, cleaned, suppressed or never_subscribed
    QString optedInAt, optinDate, changedAt, changeDate, reason, campaign;
    std::optional<std::int64_t> memberRating;
};

/// One per-recipient event (sent, delivered, open, click, unsubscribe, bounce, complaint).
struct EmailEvent {
    QString platform, campaignKey, campaignName;
    QString email; ///< normalized address
    QString event, occurredAt, eventDate;
};

/// Writes a campaign, counting it as added, updated or unchanged in the context's report.
void storeCampaign(ImportContext& context, const EmailCampaign& campaign);
/// Writes an audience member joined to its customer (created when new), counted likewise.
void storeAudienceMember(ImportContext& context, const AudienceMember& member);
/// Replaces the member's e-mail platform labels of one kind ("tag", "group" or "list"), kept for
/// segmenting customers (table audience_segments).
void storeAudienceLabels(ImportContext& context, const QString& platform, const QString& email,
                         const QString& kind, const QStringList& labels);
/// The tags of a Mailchimp TAGS cell: "\"Wholesale\",\"VIP\"" → Wholesale, VIP.
QStringList mailchimpTags(const QString& cell);
/// Writes an event joined to its customer; an identical event already stored counts unchanged.
void storeEvent(ImportContext& context, const EmailEvent& event);

} // namespace pvi
