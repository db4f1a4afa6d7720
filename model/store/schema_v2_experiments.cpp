#include "store/schema_sql.h"

namespace pvi {

// Version 2: experiments, fitted models, touchpoints for attribution, targets.

const char* const kSchemaV2 = R"sql(
CREATE TABLE experiments (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    metric        TEXT NOT NULL DEFAULT 'conversion',
    started_on    TEXT,
    ended_on      TEXT,
    batch_id      INTEGER REFERENCES import_batches(id) ON DELETE CASCADE
) STRICT;

CREATE TABLE experiment_arms (
    id              INTEGER PRIMARY KEY,
    experiment_id   INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    is_control      INTEGER NOT NULL DEFAULT 0,
    planned_share   REAL,
    visitors        INTEGER NOT NULL DEFAULT 0,
    conversions     INTEGER NOT NULL DEFAULT 0,
    revenue_sum     REAL NOT NULL DEFAULT 0,
    revenue_sum_sq  REAL NOT NULL DEFAULT 0,
    UNIQUE (experiment_id, name)
) STRICT;

CREATE TABLE experiment_units (
    id            INTEGER PRIMARY KEY,
    arm_id        INTEGER NOT NULL REFERENCES experiment_arms(id) ON DELETE CASCADE,
    unit_key      TEXT NOT NULL,
    customer_id   INTEGER REFERENCES customers(id),
    converted     INTEGER NOT NULL,
    revenue       REAL NOT NULL DEFAULT 0,
    UNIQUE (arm_id, unit_key)
) STRICT;

CREATE TABLE model_parameters (
    id          INTEGER PRIMARY KEY,
    model       TEXT NOT NULL,
    parameter   TEXT NOT NULL,
    value       REAL NOT NULL,
    std_error   REAL,
    fitted_at   TEXT NOT NULL,
    batches     TEXT NOT NULL,
    UNIQUE (model, parameter)
) STRICT;

CREATE TABLE touchpoints (
    id            INTEGER PRIMARY KEY,
    batch_id      INTEGER REFERENCES import_batches(id) ON DELETE CASCADE,
    journey_key   TEXT NOT NULL,
    customer_id   INTEGER REFERENCES customers(id),
    touched_at    TEXT NOT NULL,
    channel       TEXT NOT NULL,
    campaign      TEXT,
    personalized  INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX touchpoints_journey ON touchpoints(journey_key, touched_at);

CREATE TABLE conversions (
    id            INTEGER PRIMARY KEY,
    batch_id      INTEGER REFERENCES import_batches(id) ON DELETE CASCADE,
    journey_key   TEXT NOT NULL,
    converted     INTEGER NOT NULL,
    converted_at  TEXT,
    value         REAL NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE targets (
    pvi_id      TEXT PRIMARY KEY,
    target      REAL NOT NULL,
    alert_low   REAL,
    alert_high  REAL
) STRICT;
)sql";

} // namespace pvi
