#include "store/schema_sql.h"

namespace pvi {

// Version 4: surveys. One row per respondent (joined to a customer by email where the survey
// collected one) and one row per respondent and scored question (NPS, CSAT, CES, Likert) or
// free-text comment. A survey is identified by the signature of its question columns, so a
// newer download of the same survey updates it instead of adding a second copy.
const char* const kSchemaV4 = R"sql(
CREATE TABLE survey_respondents (
    id              INTEGER PRIMARY KEY,
    batch_id        INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    platform        TEXT NOT NULL,
    survey          TEXT NOT NULL,
    survey_title    TEXT NOT NULL,
    respondent_key  TEXT NOT NULL,
    customer_id     INTEGER REFERENCES customers(id),
    email           TEXT,
    submitted_at    TEXT,
    submitted_date  TEXT,
    UNIQUE (platform, survey, respondent_key)
) STRICT;
CREATE INDEX survey_respondents_customer ON survey_respondents(customer_id);

CREATE TABLE survey_responses (
    id              INTEGER PRIMARY KEY,
    respondent_id   INTEGER NOT NULL REFERENCES survey_respondents(id) ON DELETE CASCADE,
    batch_id        INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    question        TEXT NOT NULL,
    instrument      TEXT NOT NULL CHECK (instrument IN ('nps', 'csat', 'ces', 'likert',
                                                         'comment')),
    score           REAL,
    scale_min       REAL,
    scale_max       REAL,
    comment         TEXT,
    UNIQUE (respondent_id, question)
) STRICT;
CREATE INDEX survey_responses_instrument ON survey_responses(instrument);

-- What the user chose once for a question (instrument, scale, whether it is about the ethics
-- of personalization); the importers consult it before classifying by the question's text.
CREATE TABLE survey_question_choices (
    question    TEXT PRIMARY KEY,
    instrument  TEXT NOT NULL CHECK (instrument IN ('nps', 'csat', 'ces', 'likert', 'comment',
                                                    'ignore')),
    scale_min   REAL,
    scale_max   REAL,
    is_ethics   INTEGER NOT NULL DEFAULT 0 CHECK (is_ethics IN (0, 1))
) STRICT;
)sql";

} // namespace pvi
