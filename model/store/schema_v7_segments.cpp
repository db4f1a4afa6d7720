#include "store/schema_sql.h"

namespace pvi {

// Version 7: segments beyond RFM. The segments the user defines as rules (the rule's text, parsed
// and evaluated in C++, never pasted into SQL); an e-mail platform's tags, groups and lists per
// audience member; the answers to survey questions the user marked as segments.
const char* const kSchemaV7 = R"sql(
CREATE TABLE segment_rules (
    name        TEXT PRIMARY KEY,
    rule        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE audience_segments (
    id            INTEGER PRIMARY KEY,
    batch_id      INTEGER REFERENCES import_batches(id) ON DELETE CASCADE,
    platform      TEXT NOT NULL,
    email         TEXT NOT NULL,
    customer_id   INTEGER REFERENCES customers(id),
    kind          TEXT NOT NULL CHECK (kind IN ('tag', 'group', 'list')),
    label         TEXT NOT NULL,
    UNIQUE (platform, email, kind, label)
) STRICT;
CREATE INDEX audience_segments_customer ON audience_segments(customer_id);

CREATE TABLE survey_segment_questions (
    question    TEXT PRIMARY KEY
) STRICT;

CREATE TABLE survey_segment_answers (
    id              INTEGER PRIMARY KEY,
    respondent_id   INTEGER NOT NULL REFERENCES survey_respondents(id) ON DELETE CASCADE,
    batch_id        INTEGER REFERENCES import_batches(id) ON DELETE CASCADE,
    question        TEXT NOT NULL,
    answer          TEXT NOT NULL,
    UNIQUE (respondent_id, question)
) STRICT;
)sql";

} // namespace pvi
