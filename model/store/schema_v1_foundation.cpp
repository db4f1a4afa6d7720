#include "store/schema_sql.h"

namespace pvi {

// Version 1: the foundation. Customers, orders and their lines, import bookkeeping, exposure
// rules and settings. Every imported row carries the batch it came from.

const char* const kSchemaV1 = R"sql(
CREATE TABLE import_batches (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,
    file_path     TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    source        TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    rows_read     INTEGER NOT NULL DEFAULT 0,
    records_added INTEGER NOT NULL DEFAULT 0,
    records_updated INTEGER NOT NULL DEFAULT 0,
    records_unchanged INTEGER NOT NULL DEFAULT 0,
    customers_added INTEGER NOT NULL DEFAULT 0,
    customers_matched INTEGER NOT NULL DEFAULT 0,
    issue_count   INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE import_issues (
    id        INTEGER PRIMARY KEY,
    batch_id  INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    file      TEXT NOT NULL,
    line      INTEGER NOT NULL,
    col       INTEGER NOT NULL,
    severity  TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
    code      TEXT NOT NULL,
    message   TEXT NOT NULL
) STRICT;
CREATE INDEX import_issues_batch ON import_issues(batch_id);

-- Identity only: one row per normalized email (or per external id when there is no email).
CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    email       TEXT UNIQUE,
    external_id TEXT UNIQUE,
    created_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL
) STRICT;

-- What a customers export says about a customer.
CREATE TABLE customer_records (
    customer_id       INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
    batch_id          INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    first_name        TEXT,
    last_name         TEXT,
    country           TEXT,
    province          TEXT,
    accepts_marketing INTEGER,
    accepts_sms       INTEGER,
    tags              TEXT,
    total_spent       REAL,
    total_orders      INTEGER
) STRICT;

CREATE TABLE orders (
    id                INTEGER PRIMARY KEY,
    batch_id          INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    source            TEXT NOT NULL,
    order_key         TEXT NOT NULL,
    name              TEXT,
    customer_id       INTEGER REFERENCES customers(id),
    created_at        TEXT NOT NULL,
    order_date        TEXT NOT NULL,
    financial_status  TEXT,
    cancelled_at      TEXT,
    currency          TEXT,
    subtotal          REAL,
    shipping          REAL,
    taxes             REAL,
    total             REAL,
    refunded          REAL NOT NULL DEFAULT 0,
    discount_code     TEXT,
    discount_amount   REAL,
    tags              TEXT,
    accepts_marketing INTEGER,
    billing_country   TEXT,
    billing_province  TEXT,
    channel           TEXT,
    is_valid          INTEGER NOT NULL,
    net_revenue       REAL NOT NULL,
    UNIQUE (source, order_key)
) STRICT;
CREATE INDEX orders_customer_date ON orders(customer_id, order_date);
CREATE INDEX orders_date ON orders(order_date);
CREATE INDEX orders_batch ON orders(batch_id);

CREATE TABLE order_lines (
    id               INTEGER PRIMARY KEY,
    order_id         INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line_no          INTEGER NOT NULL,
    quantity         INTEGER NOT NULL,
    name             TEXT,
    sku              TEXT,
    price            REAL,
    compare_at_price REAL,
    discount         REAL,
    vendor           TEXT,
    UNIQUE (order_id, line_no)
) STRICT;

CREATE TABLE personalization_rules (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    pattern    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (kind, pattern)
) STRICT;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
)sql";

} // namespace pvi
