#include "store/schema_sql.h"

namespace pvi {

// Version 11: the recipient rows packed a second time, a campaign's rows of one first sent day in
// one blob (store/email_delivery_runs.h says how), so a refresh reads a few thousand values
// instead of decoding millions of rows of twelve columns. A run of more than 65,536 rows is kept
// as several rows, each keyed by its first recipient number. The migration packs every run from
// the rows version 10 has.
const char* const kSchemaV11 = R"sql(
CREATE TABLE email_delivery_runs (
    first_sent_day      INTEGER NOT NULL,
    campaign_no         INTEGER NOT NULL,
    first_recipient_no  INTEGER NOT NULL,
    deliveries          INTEGER NOT NULL,
    packed              BLOB NOT NULL,
    PRIMARY KEY (first_sent_day, campaign_no, first_recipient_no)
) STRICT;
)sql";

} // namespace pvi
