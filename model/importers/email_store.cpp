#include "importers/email_store.h"

#include "importers/import_context.h"
#include "importers/sql_values.h"
#include "store/database.h"

namespace pvi {

namespace {

std::optional<std::int64_t> optionalInt(const Statement& stmt, int column) {
    if (stmt.isNull(column))
        return std::nullopt;
    return stmt.columnInt64(column);
}

constexpr const char* kCampaignColumns =
    "name, subject, list_name, tags, sent_at, send_date, recipients, delivered, unique_opens, "
    "total_opens, unique_clicks, total_clicks, unsubscribes, bounces, complaints, orders, "
    "revenue, ab_group, ab_arm, counts_derived";

std::optional<EmailCampaign> loadCampaign(Database& db, const QString& platform,
                                          const QString& key) {
    Statement stmt = db.prepare(std::string("SELECT ") + kCampaignColumns +
                                " FROM email_campaigns WHERE platform = ?1 AND campaign_key = ?2");
    stmt.bind(1, platform).bind(2, key);
    if (!stmt.step())
        return std::nullopt;
    EmailCampaign c;
    c.platform = platform;
    c.key = key;
    c.name = stmt.columnText(0);
    c.subject = stmt.columnText(1);
    c.listName = stmt.columnText(2);
    c.tags = stmt.columnText(3);
    c.sentAt = stmt.columnText(4);
    c.sendDate = stmt.columnText(5);
    std::optional<std::int64_t>* counts[] = {
        &c.recipients,  &c.delivered,    &c.uniqueOpens, &c.totalOpens, &c.uniqueClicks,
        &c.totalClicks, &c.unsubscribes, &c.bounces,     &c.complaints, &c.orders};
    for (int i = 0; i < 10; ++i)
        *counts[i] = optionalInt(stmt, 6 + i);
    c.revenue = stmt.columnOptionalDouble(16);
    c.abGroup = stmt.columnText(17);
    c.abArm = stmt.columnText(18);
    c.countsDerived = stmt.columnInt64(19) != 0;
    return c;
}

} // namespace

void storeCampaign(ImportContext& context, const EmailCampaign& c) {
    Database& db = context.db();
    const std::optional<EmailCampaign> existing = loadCampaign(db, c.platform, c.key);
    if (existing && *existing == c) {
        ++context.report().recordsUnchanged;
        return;
    }
    db.prepare(std::string("INSERT INTO email_campaigns(batch_id, platform, campaign_key, ") +
               kCampaignColumns +
               ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
               "?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23) ON CONFLICT(platform, campaign_key) DO "
               "UPDATE SET batch_id = excluded.batch_id, name = excluded.name, "
               "subject = excluded.subject, list_name = excluded.list_name, "
               "tags = excluded.tags, sent_at = excluded.sent_at, "
               "send_date = excluded.send_date, recipients = excluded.recipients, "
               "delivered = excluded.delivered, unique_opens = excluded.unique_opens, "
               "total_opens = excluded.total_opens, unique_clicks = excluded.unique_clicks, "
               "total_clicks = excluded.total_clicks, unsubscribes = excluded.unsubscribes, "
               "bounces = excluded.bounces, complaints = excluded.complaints, "
               "orders = excluded.orders, revenue = excluded.revenue, "
               "ab_group = excluded.ab_group, ab_arm = excluded.ab_arm, "
               "counts_derived = excluded.counts_derived")
        .bind(1, context.batchId())
        .bind(2, c.platform)
        .bind(3, c.key)
        .bind(4, c.name)
        .bind(5, nullIfEmpty(c.subject))
        .bind(6, nullIfEmpty(c.listName))
        .bind(7, nullIfEmpty(c.tags))
        .bind(8, nullIfEmpty(c.sentAt))
        .bind(9, nullIfEmpty(c.sendDate))
        .bind(10, c.recipients)
        .bind(11, c.delivered)
        .bind(12, c.uniqueOpens)
        .bind(13, c.totalOpens)
        .bind(14, c.uniqueClicks)
        .bind(15, c.totalClicks)
        .bind(16, c.unsubscribes)
        .bind(17, c.bounces)
        .bind(18, c.complaints)
        .bind(19, c.orders)
        .bind(20, c.revenue)
        .bind(21, nullIfEmpty(c.abGroup))
        .bind(22, nullIfEmpty(c.abArm))
        .bind(23, c.countsDerived)
        .run();
    if (existing)
        ++context.report().recordsUpdated;
    else
        ++context.report().recordsAdded;
}

void storeAudienceMember(ImportContext& context, const AudienceMember& m) {
    Database& db = context.db();
    const std::int64_t customerId = context.customers().byEmail(m.email);
    const QString identity = context.customers().identity(m.email);
    Statement existing = db.prepare(
        "SELECT status, opted_in_at, changed_at, reason, campaign, member_rating FROM audience "
        "WHERE platform = ?1 AND email = ?2");
    existing.bind(1, m.platform).bind(2, identity);
    const bool known = existing.step();
    if (known && existing.columnText(0) == m.status && existing.columnText(1) == m.optedInAt &&
        existing.columnText(2) == m.changedAt && existing.columnText(3) == m.reason &&
        existing.columnText(4) == m.campaign && optionalInt(existing, 5) == m.memberRating) {
        ++context.report().recordsUnchanged;
        return;
    }
    db.prepare("INSERT INTO audience(batch_id, platform, customer_id, email, status, "
               "opted_in_at, optin_date, changed_at, change_date, reason, campaign, "
               "member_rating) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
               "ON CONFLICT(platform, email) DO UPDATE SET batch_id = excluded.batch_id, "
               "customer_id = excluded.customer_id, status = excluded.status, "
               "opted_in_at = excluded.opted_in_at, optin_date = excluded.optin_date, "
               "changed_at = excluded.changed_at, change_date = excluded.change_date, "
               "reason = excluded.reason, campaign = excluded.campaign, "
               "member_rating = excluded.member_rating")
        .bind(1, context.batchId())
        .bind(2, m.platform)
        .bind(3, customerId)
        .bind(4, identity)
        .bind(5, m.status)
        .bind(6, nullIfEmpty(m.optedInAt))
        .bind(7, nullIfEmpty(m.optinDate))
        .bind(8, nullIfEmpty(m.changedAt))
        .bind(9, nullIfEmpty(m.changeDate))
        .bind(10, nullIfEmpty(m.reason))
        .bind(11, nullIfEmpty(m.campaign))
        .bind(12, m.memberRating)
        .run();
    if (known)
        ++context.report().recordsUpdated;
    else
        ++context.report().recordsAdded;
}

void storeEvent(ImportContext& context, const EmailEvent& e) {
    Database& db = context.db();
    const std::int64_t customerId = context.customers().byEmail(e.email);
    db.prepare("INSERT INTO email_events(batch_id, platform, campaign_key, campaign_name, "
               "customer_id, email, event, occurred_at, event_date) VALUES (?1, ?2, ?3, ?4, "
               "?5, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING")
        .bind(1, context.batchId())
        .bind(2, e.platform)
        .bind(3, e.campaignKey)
        .bind(4, e.campaignName)
        .bind(5, customerId)
        .bind(6, context.customers().identity(e.email))
        .bind(7, e.event)
        .bind(8, e.occurredAt)
        .bind(9, e.eventDate)
        .run();
    if (db.changes() > 0) {
        ++context.report().recordsAdded;
        context.noteEmailCampaign(e.platform, e.campaignKey);
    } else {
        ++context.report().recordsUnchanged;
    }
}

void storeAudienceLabels(ImportContext& context, const QString& platform, const QString& email,
                         const QString& kind, const QStringList& labels) {
    Database& db = context.db();
    const std::int64_t customerId = context.customers().byEmail(email);
    const QString identity = context.customers().identity(email);
    db.prepare("DELETE FROM audience_segments WHERE platform = ?1 AND email = ?2 AND kind = ?3")
        .bind(1, platform)
        .bind(2, identity)
        .bind(3, kind)
        .run();
    for (const QString& label : labels)
        db.prepare("INSERT OR IGNORE INTO audience_segments (batch_id, platform, email, "
                   "customer_id, kind, label) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .bind(1, context.batchId())
            .bind(2, platform)
            .bind(3, identity)
            .bind(4, customerId)
            .bind(5, kind)
            .bind(6, label)
            .run();
}

QStringList mailchimpTags(const QString& cell) {
    QStringList tags;
    for (const QString& part : cell.split(u',', Qt::SkipEmptyParts)) {
        QString tag = part.trimmed();
        if (tag.size() >= 2 && tag.startsWith(u'"') && tag.endsWith(u'"'))
            tag = tag.mid(1, tag.size() - 2).trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

} // namespace pvi
