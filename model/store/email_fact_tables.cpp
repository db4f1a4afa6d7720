#include "store/email_fact_tables.h"

#include "store/database.h"
#include "store/statement.h"

#include <string>

namespace pvi {

namespace {

// Each fact is one INSERT … SELECT over the events; `%WHERE%` is empty for a full rebuild, or
// limits the events to the campaigns of temp.pvi_touched_campaigns, which the events' unique
// index (platform, campaign_key, email, …) finds without a scan.
struct FactTable {
    const char* name;
    const char* insertSql;
};

constexpr FactTable kFactTables[] = {
    {"email_deliveries", R"sql(
INSERT INTO email_deliveries(platform, campaign_key, email, customer_id, min_name, max_name,
                             first_sent_day, first_day, last_day, opened, clicked, unsubscribed,
                             bounced)
SELECT platform, campaign_key, email, max(customer_id), min(campaign_name), max(campaign_name),
       CAST(julianday(min(CASE WHEN event IN ('sent', 'delivered') THEN event_date END)) + 0.5
            AS INTEGER),
       CAST(julianday(min(event_date)) + 0.5 AS INTEGER),
       CAST(julianday(max(event_date)) + 0.5 AS INTEGER),
       max(event = 'open'), max(event = 'click'), max(event = 'unsubscribe'),
       max(event = 'bounce')
  FROM email_events WHERE 1 %WHERE%
 GROUP BY platform, campaign_key, email
)sql"},
    {"email_clicks", R"sql(
INSERT INTO email_clicks(platform, campaign_key, email, click_date, customer_id)
SELECT platform, campaign_key, email, event_date, customer_id
  FROM email_events WHERE event = 'click' AND customer_id IS NOT NULL %WHERE%
 GROUP BY platform, campaign_key, email, event_date, customer_id
)sql"},
    {"email_engagement_days", R"sql(
INSERT INTO email_engagement_days(customer_id, event_date, platform, campaign_key, opens, clicks)
SELECT customer_id, event_date, platform, campaign_key, sum(event = 'open'), sum(event = 'click')
  FROM email_events
 WHERE customer_id IS NOT NULL AND event IN ('open', 'click') %WHERE%
 GROUP BY customer_id, event_date, platform, campaign_key
)sql"},
};

constexpr const char* kInTouched =
    "AND (platform, campaign_key) IN (SELECT platform, campaign_key FROM "
    "temp.pvi_touched_campaigns)";

std::string withFilter(const char* sql, const char* filter) {
    return QString::fromUtf8(sql)
        .replace(QStringLiteral("%WHERE%"), QString::fromUtf8(filter))
        .toStdString();
}

std::string deleteFrom(const char* table, const char* filter) {
    return QStringLiteral("DELETE FROM %1 WHERE 1 %2;")
        .arg(QString::fromUtf8(table), QString::fromUtf8(filter))
        .toStdString();
}

/// Deletes and inserts again every fact table's rows that `filter` selects ("" for all).
void rebuildRows(Database& db, const char* filter) {
    for (const FactTable& table : kFactTables) {
        db.exec(deleteFrom(table.name, filter));
        db.exec(withFilter(table.insertSql, filter));
    }
}

} // namespace

void refreshEmailFacts(Database& db, const EmailCampaignKeys& campaigns) {
    if (campaigns.empty())
        return;
    db.exec("CREATE TEMP TABLE IF NOT EXISTS pvi_touched_campaigns (platform TEXT, campaign_key "
            "TEXT, PRIMARY KEY (platform, campaign_key)); DELETE FROM temp.pvi_touched_campaigns;");
    Statement insert = db.prepare("INSERT INTO temp.pvi_touched_campaigns VALUES (?1, ?2)");
    for (const auto& [platform, key] : campaigns) {
        insert.bind(1, platform).bind(2, key);
        insert.run();
    }
    rebuildRows(db, kInTouched);
    db.exec("DELETE FROM temp.pvi_touched_campaigns;");
}

void rebuildEmailFacts(Database& db) {
    rebuildRows(db, "");
}

EmailCampaignKeys emailCampaignsOfBatch(Database& db, std::int64_t batchId) {
    EmailCampaignKeys campaigns;
    Statement stmt =
        db.prepare("SELECT DISTINCT platform, campaign_key FROM email_events WHERE batch_id = ?1");
    stmt.bind(1, batchId);
    while (stmt.step())
        campaigns.emplace(stmt.columnText(0), stmt.columnText(1));
    return campaigns;
}

} // namespace pvi
