#pragma once

// The SQL of each schema version, one file per step (schema_vN_*.cpp), listed in migrations.cpp.
// A step that has shipped is never edited: later changes are new steps.

namespace pvi {

extern const char* const kSchemaV1; ///< foundation: customers, orders, batches, rules, settings
extern const char* const kSchemaV2; ///< experiments, fitted models, touchpoints, targets
extern const char* const kSchemaV3; ///< email campaigns, email events, audience
extern const char* const kSchemaV4; ///< surveys
extern const char* const
    kSchemaV5; ///< web analytics, costs, customer lists, column mappings, identity
extern const char* const kSchemaV6;  ///< facts derived from the email events
extern const char* const kSchemaV7;  ///< segment rules, e-mail platform groups, survey segments
extern const char* const kSchemaV8;  ///< GA4 conversion paths
extern const char* const kSchemaV9;  ///< the e-mail facts by campaign, name and recipient number
extern const char* const kSchemaV10; ///< the e-mail recipient rows by first sent day
extern const char* const kSchemaV11; ///< the e-mail recipient rows packed by campaign and day

} // namespace pvi
