#include "store/schema_sql.h"

namespace pvi {

// Version 6: facts derived from email_events, so a refresh reads one row per recipient × campaign
// (or per customer × day) instead of grouping every event again. They are never edited by hand:
// store/email_fact_tables.cpp rebuilds a campaign's rows in the transaction that imports its
// events or removes their batch, and this step's migration fills them for an older workspace.
const char* const kSchemaV6 = R"sql(
-- One row per recipient × campaign: what the recipient's events say (days are Julian day numbers).
CREATE TABLE email_deliveries (
    platform        TEXT NOT NULL,
    campaign_key    TEXT NOT NULL,
    email           TEXT NOT NULL,
    customer_id     INTEGER,
    min_name        TEXT NOT NULL,
    max_name        TEXT NOT NULL,
    first_sent_day  INTEGER,
    first_day       INTEGER NOT NULL,
    last_day        INTEGER NOT NULL,
    opened          INTEGER NOT NULL,
    clicked         INTEGER NOT NULL,
    unsubscribed    INTEGER NOT NULL,
    bounced         INTEGER NOT NULL,
    PRIMARY KEY (platform, campaign_key, email)
) STRICT, WITHOUT ROWID;

-- The days a known customer clicked a campaign (an email's conversion is an order after one).
CREATE TABLE email_clicks (
    platform        TEXT NOT NULL,
    campaign_key    TEXT NOT NULL,
    email           TEXT NOT NULL,
    click_date      TEXT NOT NULL,
    customer_id     INTEGER NOT NULL,
    PRIMARY KEY (platform, campaign_key, email, click_date, customer_id)
) STRICT, WITHOUT ROWID;

-- Opens and clicks per known customer, day and campaign, in customer and day order.
CREATE TABLE email_engagement_days (
    customer_id     INTEGER NOT NULL,
    event_date      TEXT NOT NULL,
    platform        TEXT NOT NULL,
    campaign_key    TEXT NOT NULL,
    opens           INTEGER NOT NULL,
    clicks          INTEGER NOT NULL,
    PRIMARY KEY (customer_id, event_date, platform, campaign_key)
) STRICT, WITHOUT ROWID;
)sql";

} // namespace pvi
