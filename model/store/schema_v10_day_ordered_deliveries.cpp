#include "store/schema_sql.h"

namespace pvi {

// Version 10: the recipient rows in the order a refresh reads them. Version 9 kept them by
// campaign and recipient, so every refresh sorted millions of deliveries by day in memory (0.4 s
// of the large shop's e-mail facts); keyed by their first sent day first, they come in that
// order. A row without a sent or delivered event holds day 0. The unique index keeps one row per
// campaign and recipient, and finds a campaign's rows when an import rebuilds them. The rows are
// copied over in key order, so no migration reads the events again.
const char* const kSchemaV10 = R"sql(
ALTER TABLE email_deliveries RENAME TO email_deliveries_v9;

-- One row per recipient × campaign: what the recipient's events say (days are Julian day numbers,
-- first_sent_day 0 without a sent or delivered event; the first and last campaign name of the
-- recipient's events, in text order).
CREATE TABLE email_deliveries (
    first_sent_day  INTEGER NOT NULL,
    campaign_no     INTEGER NOT NULL,
    recipient_no    INTEGER NOT NULL,
    customer_id     INTEGER,
    min_name_no     INTEGER NOT NULL,
    max_name_no     INTEGER NOT NULL,
    first_day       INTEGER NOT NULL,
    last_day        INTEGER NOT NULL,
    opened          INTEGER NOT NULL,
    clicked         INTEGER NOT NULL,
    unsubscribed    INTEGER NOT NULL,
    bounced         INTEGER NOT NULL,
    PRIMARY KEY (first_sent_day, campaign_no, recipient_no)
) STRICT, WITHOUT ROWID;

INSERT INTO email_deliveries (first_sent_day, campaign_no, recipient_no, customer_id, min_name_no,
                              max_name_no, first_day, last_day, opened, clicked, unsubscribed,
                              bounced)
SELECT coalesce(first_sent_day, 0), campaign_no, recipient_no, customer_id, min_name_no,
       max_name_no, first_day, last_day, opened, clicked, unsubscribed, bounced
  FROM email_deliveries_v9
 ORDER BY 1, 2, 3;

DROP TABLE email_deliveries_v9;

CREATE UNIQUE INDEX email_deliveries_campaign_recipient ON email_deliveries (campaign_no, recipient_no);
)sql";

} // namespace pvi
