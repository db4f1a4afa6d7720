#include "store/schema_sql.h"

namespace pvi {

// Version 9: the e-mail facts name their campaign, campaign names and recipient by number, and
// their days as Julian day numbers. Version 6's rows repeated platform, campaign key, address and
// two campaign names as text in each of millions of rows, so reading them cost nearly as much as
// reading the events, and each refresh turned every engagement day's date into a day number. The
// numbers are given by three small tables; like the facts, they are derived
// (store/email_fact_tables.cpp) and this step's migration fills them. A number whose rows are all
// removed may stay behind: it names nothing a fact holds, and a full rebuild numbers everything
// afresh.
const char* const kSchemaV9 = R"sql(
DROP TABLE email_deliveries;
DROP TABLE email_clicks;
DROP TABLE email_engagement_days;

-- The campaigns the events name, numbered.
CREATE TABLE email_fact_campaigns (
    campaign_no     INTEGER PRIMARY KEY,
    platform        TEXT NOT NULL,
    campaign_key    TEXT NOT NULL,
    UNIQUE (platform, campaign_key)
) STRICT;

-- The recipients' identity keys (the normalized address, or its hash), numbered.
CREATE TABLE email_fact_recipients (
    recipient_no    INTEGER PRIMARY KEY,
    email           TEXT NOT NULL UNIQUE
) STRICT;

-- The campaign names the events give, numbered.
CREATE TABLE email_fact_names (
    name_no         INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE
) STRICT;

-- One row per recipient × campaign: what the recipient's events say (days are Julian day numbers;
-- the first and last campaign name of the recipient's events, in text order).
CREATE TABLE email_deliveries (
    campaign_no     INTEGER NOT NULL,
    recipient_no    INTEGER NOT NULL,
    customer_id     INTEGER,
    min_name_no     INTEGER NOT NULL,
    max_name_no     INTEGER NOT NULL,
    first_sent_day  INTEGER,
    first_day       INTEGER NOT NULL,
    last_day        INTEGER NOT NULL,
    opened          INTEGER NOT NULL,
    clicked         INTEGER NOT NULL,
    unsubscribed    INTEGER NOT NULL,
    bounced         INTEGER NOT NULL,
    PRIMARY KEY (campaign_no, recipient_no)
) STRICT, WITHOUT ROWID;

-- The days a known customer clicked a campaign (an email's conversion is an order after one).
CREATE TABLE email_clicks (
    campaign_no     INTEGER NOT NULL,
    recipient_no    INTEGER NOT NULL,
    click_date      TEXT NOT NULL,
    customer_id     INTEGER NOT NULL,
    PRIMARY KEY (campaign_no, recipient_no, click_date, customer_id)
) STRICT, WITHOUT ROWID;

-- Opens and clicks per known customer, day (a Julian day number, 0 for a date SQLite cannot read)
-- and campaign, in customer and day order.
CREATE TABLE email_engagement_days (
    customer_id     INTEGER NOT NULL,
    day             INTEGER NOT NULL,
    campaign_no     INTEGER NOT NULL,
    opens           INTEGER NOT NULL,
    clicks          INTEGER NOT NULL,
    PRIMARY KEY (customer_id, day, campaign_no)
) STRICT, WITHOUT ROWID;
)sql";

} // namespace pvi
