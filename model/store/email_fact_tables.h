#pragma once

#include <QString>

#include <cstdint>
#include <set>
#include <utility>

namespace pvi {

class Database;

/// A campaign as the email events name it: (platform, campaign_key).
using EmailCampaignKey = std::pair<QString, QString>;
using EmailCampaignKeys = std::set<EmailCampaignKey>;

// The facts derived from email_events (schema versions 6, 9, 10 and 11): email_deliveries (one row
// per recipient × campaign, packed again in email_delivery_runs), email_clicks (the days a known
// customer clicked) and email_engagement_days (opens and clicks per customer and day), with the
// numbering tables the first two name campaigns, campaign names and recipients by
// (email_fact_campaigns, email_fact_names, email_fact_recipients). Whatever writes or removes email
// events calls one of these in the same transaction, so the facts always say what the events say.

/// Rebuilds the derived rows of `campaigns` from their events (those left, after a removal).
void refreshEmailFacts(Database& db, const EmailCampaignKeys& campaigns);

/// Rebuilds every derived row and number from all the events, and packs the delivery runs.
void rebuildEmailFacts(Database& db);

/// Rebuilds every derived row and number but packs no run (the migration to version 9, before
/// email_delivery_runs exists; version 11's step packs them).
void rebuildEmailFactRows(Database& db);

/// The campaigns that have events in import batch `batchId`, read before the batch is removed.
EmailCampaignKeys emailCampaignsOfBatch(Database& db, std::int64_t batchId);

} // namespace pvi
