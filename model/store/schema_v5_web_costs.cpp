#include "store/schema_sql.h"

namespace pvi {

// Version 5: web analytics reports, costs, imported customer lists, saved column mappings of
// the generic importer, and order attribution fields (landing page, referrer, UTM campaign).
const char* const kSchemaV5 = R"sql(
CREATE TABLE web_pages (
    id                   INTEGER PRIMARY KEY,
    batch_id             INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    platform             TEXT NOT NULL,
    date_from            TEXT NOT NULL,
    date_to              TEXT NOT NULL,
    page                 TEXT NOT NULL,
    variant              TEXT NOT NULL DEFAULT '',
    sessions             REAL NOT NULL,
    engaged_sessions     REAL,
    bounces              REAL,
    engagement_seconds   REAL,
    page_views           REAL,
    conversions          REAL,
    revenue              REAL,
    impressions          REAL,
    clicks               REAL,
    UNIQUE (platform, date_from, date_to, page, variant)
) STRICT;

CREATE TABLE costs (
    id            INTEGER PRIMARY KEY,
    batch_id      INTEGER REFERENCES import_batches(id) ON DELETE CASCADE,
    period_start  TEXT NOT NULL,
    period_end    TEXT NOT NULL,
    channel       TEXT NOT NULL,
    category      TEXT NOT NULL CHECK (category IN ('personalization', 'acquisition', 'other')),
    amount        REAL NOT NULL,
    note          TEXT
) STRICT;

CREATE TABLE customer_lists (
    id            INTEGER PRIMARY KEY,
    batch_id      INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    list_name     TEXT NOT NULL,
    customer_id   INTEGER NOT NULL REFERENCES customers(id),
    added_on      TEXT,
    UNIQUE (list_name, customer_id)
) STRICT;

CREATE TABLE column_mappings (
    header_signature  TEXT PRIMARY KEY,
    target            TEXT NOT NULL,
    mapping_json      TEXT NOT NULL,
    saved_at          TEXT NOT NULL
) STRICT;

ALTER TABLE orders ADD COLUMN landing_site TEXT;
ALTER TABLE orders ADD COLUMN referring_site TEXT;
ALTER TABLE orders ADD COLUMN utm_source TEXT;
ALTER TABLE orders ADD COLUMN utm_medium TEXT;
ALTER TABLE orders ADD COLUMN utm_campaign TEXT;
)sql";

} // namespace pvi
