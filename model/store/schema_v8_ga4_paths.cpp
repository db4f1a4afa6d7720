#include "store/schema_sql.h"

namespace pvi {

// Version 8: GA4 conversion paths (Advertising › Attribution › Conversion paths, downloaded as
// CSV). One row per path of a report's date range: the path as GA4 writes it (steps joined by
// " > "), which dimension its steps name, the conversions (key events) and revenue that followed
// it, and GA4's days and touchpoints to conversion for it. A path imported again for the same
// dimension and range replaces the earlier row.
const char* const kSchemaV8 = R"sql(
CREATE TABLE ga4_conversion_paths (
    id                   INTEGER PRIMARY KEY,
    batch_id             INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    dimension            TEXT NOT NULL,
    date_from            TEXT NOT NULL,
    date_to              TEXT NOT NULL,
    path                 TEXT NOT NULL,
    conversions          REAL NOT NULL CHECK (conversions >= 0),
    revenue              REAL,
    days_to_conversion   REAL,
    touchpoints          REAL,
    UNIQUE (dimension, date_from, date_to, path)
) STRICT;
CREATE INDEX ga4_conversion_paths_range ON ga4_conversion_paths(date_to, date_from);
)sql";

} // namespace pvi
