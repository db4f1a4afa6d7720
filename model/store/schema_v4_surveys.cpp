#include "store/schema_sql.h"

namespace pvi {

// Version 4: surveys. One row per respondent and scored question (NPS, CSAT, CES, Likert) or
// free-text comment, joined to customers by email where the survey collected it.
const char* const kSchemaV4 = R"sql(
CREATE TABLE survey_responses (
    id              INTEGER PRIMARY KEY,
    batch_id        INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    platform        TEXT NOT NULL,
    survey          TEXT NOT NULL,
    respondent_key  TEXT NOT NULL,
    customer_id     INTEGER REFERENCES customers(id),
    email           TEXT,
    submitted_at    TEXT,
    submitted_date  TEXT,
    question        TEXT NOT NULL,
    instrument      TEXT NOT NULL CHECK (instrument IN ('nps', 'csat', 'ces', 'likert',
                                                         'comment')),
    score           REAL,
    comment         TEXT,
    UNIQUE (platform, survey, respondent_key, question)
) STRICT;
CREATE INDEX survey_responses_instrument ON survey_responses(instrument, submitted_date);

-- What the user chose once for a question the app could not classify (remembered).
CREATE TABLE survey_question_choices (
    question    TEXT PRIMARY KEY,
    instrument  TEXT NOT NULL,
    scale_min   REAL,
    scale_max   REAL,
    is_ethics   INTEGER NOT NULL DEFAULT 0
) STRICT;
)sql";

} // namespace pvi
