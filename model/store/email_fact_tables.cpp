#include "store/email_fact_tables.h"

#include "store/database.h"
#include "store/email_delivery_runs.h"
#include "store/statement.h"

#include <string>

namespace pvi {

namespace {

/// A derived table and the statement that derives its rows from the events.
struct FactTable {
    const char* name;
    const char* insertSql;
};

// Each statement reads the events; `%WHERE%` is empty for a full rebuild, or limits the events to
// the campaigns of temp.pvi_touched_campaigns, which the events' unique index (platform,
// campaign_key, email, …) finds without a scan.

// The numbering tables, filled first: the facts look their numbers up by text through these
// tables' unique indexes.
constexpr FactTable kNumberingTables[] = {
    {"email_fact_campaigns", R"sql(
INSERT OR IGNORE INTO email_fact_campaigns(platform, campaign_key)
SELECT DISTINCT e.platform, e.campaign_key FROM email_events e WHERE 1 %WHERE%
)sql"},
    {"email_fact_recipients", R"sql(
INSERT OR IGNORE INTO email_fact_recipients(email)
SELECT DISTINCT e.email FROM email_events e WHERE 1 %WHERE%
)sql"},
    {"email_fact_names", R"sql(
INSERT OR IGNORE INTO email_fact_names(name)
SELECT DISTINCT e.campaign_name FROM email_events e WHERE 1 %WHERE%
)sql"},
};

// The rows of the facts that belong to the touched campaigns.
constexpr const char* kByCampaignNumber =
    "campaign_no IN (SELECT campaign_no FROM email_fact_campaigns WHERE (platform, campaign_key) "
    "IN (SELECT platform, campaign_key FROM temp.pvi_touched_campaigns))";

// The facts, each keyed by campaign number.
constexpr FactTable kFactTables[] = {
    {"email_deliveries", R"sql(
INSERT INTO email_deliveries(campaign_no, recipient_no, customer_id, min_name_no, max_name_no,
                             first_sent_day, first_day, last_day, opened, clicked, unsubscribed,
                             bounced)
SELECT c.campaign_no, r.recipient_no, g.customer_id, lo.name_no, hi.name_no,
       coalesce(g.first_sent_day, 0),
       g.first_day, g.last_day, g.opened, g.clicked, g.unsubscribed, g.bounced
  FROM (SELECT e.platform, e.campaign_key, e.email, max(e.customer_id) AS customer_id,
               min(e.campaign_name) AS min_name, max(e.campaign_name) AS max_name,
               CAST(julianday(min(CASE WHEN e.event IN ('sent', 'delivered')
                                       THEN e.event_date END)) + 0.5 AS INTEGER) AS first_sent_day,
               CAST(julianday(min(e.event_date)) + 0.5 AS INTEGER) AS first_day,
               CAST(julianday(max(e.event_date)) + 0.5 AS INTEGER) AS last_day,
               max(e.event = 'open') AS opened, max(e.event = 'click') AS clicked,
               max(e.event = 'unsubscribe') AS unsubscribed, max(e.event = 'bounce') AS bounced
          FROM email_events e WHERE 1 %WHERE%
         GROUP BY e.platform, e.campaign_key, e.email) g
  JOIN email_fact_campaigns c ON c.platform = g.platform AND c.campaign_key = g.campaign_key
  JOIN email_fact_recipients r ON r.email = g.email
  JOIN email_fact_names lo ON lo.name = g.min_name
  JOIN email_fact_names hi ON hi.name = g.max_name
)sql"},
    {"email_clicks", R"sql(
INSERT INTO email_clicks(campaign_no, recipient_no, click_date, customer_id)
SELECT c.campaign_no, r.recipient_no, e.event_date, e.customer_id
  FROM email_events e
  JOIN email_fact_campaigns c ON c.platform = e.platform AND c.campaign_key = e.campaign_key
  JOIN email_fact_recipients r ON r.email = e.email
 WHERE e.event = 'click' AND e.customer_id IS NOT NULL %WHERE%
 GROUP BY c.campaign_no, r.recipient_no, e.event_date, e.customer_id
)sql"},
    {"email_engagement_days", R"sql(
INSERT INTO email_engagement_days(customer_id, day, campaign_no, opens, clicks)
SELECT e.customer_id, coalesce(CAST(julianday(e.event_date) + 0.5 AS INTEGER), 0), c.campaign_no,
       sum(e.event = 'open'), sum(e.event = 'click')
  FROM email_events e
  JOIN email_fact_campaigns c ON c.platform = e.platform AND c.campaign_key = e.campaign_key
 WHERE e.customer_id IS NOT NULL AND e.event IN ('open', 'click') %WHERE%
 GROUP BY 1, 2, 3
)sql"},
};

constexpr const char* kInTouched =
    "AND (e.platform, e.campaign_key) IN (SELECT platform, campaign_key FROM "
    "temp.pvi_touched_campaigns)";

std::string withFilter(const char* sql, const char* filter) {
    return QString::fromUtf8(sql)
        .replace(QStringLiteral("%WHERE%"), QString::fromUtf8(filter))
        .toStdString();
}

/// Rebuilds every fact table's rows of the touched campaigns, or of all campaigns.
void rebuildRows(Database& db, bool touchedOnly) {
    for (const FactTable& table : kFactTables) {
        db.exec(QStringLiteral("DELETE FROM %1 WHERE %2;")
                    .arg(QString::fromUtf8(table.name),
                         QString::fromUtf8(touchedOnly ? kByCampaignNumber : "1"))
                    .toStdString());
    }
    if (!touchedOnly) {
        for (const FactTable& table : kNumberingTables)
            db.exec(std::string("DELETE FROM ") + table.name + ";");
    }
    const char* filter = touchedOnly ? kInTouched : "";
    for (const FactTable& table : kNumberingTables)
        db.exec(withFilter(table.insertSql, filter));
    for (const FactTable& table : kFactTables)
        db.exec(withFilter(table.insertSql, filter));
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
    rebuildRows(db, true);
    packDeliveryRuns(db, kByCampaignNumber);
    db.exec("DELETE FROM temp.pvi_touched_campaigns;");
}

void rebuildEmailFacts(Database& db) {
    rebuildRows(db, false);
    packEveryDeliveryRun(db);
}

void rebuildEmailFactRows(Database& db) {
    rebuildRows(db, false);
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
