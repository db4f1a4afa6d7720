#include "store/schema_sql.h"

namespace pvi {

// Version 3: email. Campaign-level counts from campaign exports (pooled, never averaged from
// rates), per-recipient events when a platform gives them, and the audience with its statuses.
// Emails in email_events and audience are the customers' identity keys: the normalized address,
// or its keyed hash when the workspace pseudonymizes emails (setting pseudonymize_emails).
const char* const kSchemaV3 = R"sql(
CREATE TABLE email_campaigns (
    id              INTEGER PRIMARY KEY,
    batch_id        INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    platform        TEXT NOT NULL,
    campaign_key    TEXT NOT NULL,
    name            TEXT NOT NULL,
    subject         TEXT,
    list_name       TEXT,
    tags            TEXT,
    sent_at         TEXT,
    send_date       TEXT,
    recipients      INTEGER,
    delivered       INTEGER,
    unique_opens    INTEGER,
    total_opens     INTEGER,
    unique_clicks   INTEGER,
    total_clicks    INTEGER,
    unsubscribes    INTEGER,
    bounces         INTEGER,
    complaints      INTEGER,
    orders          INTEGER,
    revenue         REAL,
    ab_group        TEXT,
    ab_arm          TEXT,
    -- 1 when some counts were derived from a rate column × its base (the export lacked them)
    counts_derived  INTEGER NOT NULL DEFAULT 0 CHECK (counts_derived IN (0, 1)),
    UNIQUE (platform, campaign_key)
) STRICT;
CREATE INDEX email_campaigns_date ON email_campaigns(send_date);

CREATE TABLE email_events (
    id            INTEGER PRIMARY KEY,
    batch_id      INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    platform      TEXT NOT NULL,
    campaign_key  TEXT NOT NULL,
    campaign_name TEXT NOT NULL,
    customer_id   INTEGER REFERENCES customers(id),
    email         TEXT NOT NULL,
    event         TEXT NOT NULL CHECK (event IN ('sent', 'delivered', 'open', 'click',
                                                 'unsubscribe', 'bounce', 'complaint')),
    occurred_at   TEXT NOT NULL,
    event_date    TEXT NOT NULL,
    UNIQUE (platform, campaign_key, email, event, occurred_at)
) STRICT;
CREATE INDEX email_events_customer ON email_events(customer_id, event_date);

CREATE TABLE audience (
    id            INTEGER PRIMARY KEY,
    batch_id      INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    platform      TEXT NOT NULL,
    customer_id   INTEGER REFERENCES customers(id),
    email         TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('subscribed', 'unsubscribed', 'cleaned',
                                                  'suppressed', 'never_subscribed')),
    opted_in_at   TEXT,
    optin_date    TEXT,
    -- when the status was reached: unsubscribe, clean or consent time (NULL for subscribed)
    changed_at    TEXT,
    change_date   TEXT,
    reason        TEXT,
    campaign      TEXT,
    member_rating INTEGER,
    UNIQUE (platform, email)
) STRICT;
CREATE INDEX audience_change ON audience(change_date);
)sql";

} // namespace pvi
