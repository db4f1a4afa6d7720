#include "store/migrations.h"

#include "store/email_delivery_runs.h"
#include "store/email_fact_tables.h"
#include "store/schema_sql.h"

namespace pvi {

namespace {

const Migration kMigrations[] = {
    {1, "foundation: customers, orders, import batches, rules, settings", kSchemaV1},
    {2, "experiments, fitted models, touchpoints, targets", kSchemaV2},
    {3, "email campaigns, email events, audience", kSchemaV3},
    {4, "survey responses and remembered question choices", kSchemaV4},
    {5, "web pages, costs, customer lists, column mappings, order attribution fields", kSchemaV5},
    // Version 9 replaces two of version 6's tables and fills all three: filling them here too
    // would write rows in a layout the next step drops.
    {6, "recipients, clicks and engagement days derived from the email events", kSchemaV6},
    {7, "segment rules, e-mail platform tags and groups, survey answers used as segments",
     kSchemaV7},
    {8, "GA4 conversion paths", kSchemaV8},
    {9, "the e-mail facts name campaigns, campaign names and recipients by number", kSchemaV9,
     rebuildEmailFactRows},
    {10, "the e-mail recipient rows kept in the order of their first sent day", kSchemaV10},
    {11, "the e-mail recipient rows packed by campaign and first sent day", kSchemaV11,
     packEveryDeliveryRun},
};

} // namespace

std::span<const Migration> migrations() {
    return kMigrations;
}

int latestSchemaVersion() {
    return kMigrations[std::size(kMigrations) - 1].version;
}

} // namespace pvi
