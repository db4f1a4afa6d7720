#pragma once
// The JSON the `pvi` command line prints (documented in docs/cli.md): numbers with 17
// significant digits, `null` for undefined values.

#include "analytics/cohorts/cohort_matrix.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/pvi_result.h"

#include <optional>
#include <vector>

namespace pvi::json {

/// A number with full double precision, or null.
QString number(std::optional<double> value);
/// A quoted, escaped JSON string.
QString string(const QString& text);
/// An ISO date as a JSON string, or null when the date is not valid.
QString date(const QDate& day);
/// A JSON string, or null when the text is empty.
QString nullableString(const QString& text);
/// {"value", "n"} of one group (personalized or generic).
QString group(const GroupValue& g);

/// {"period": {"from", "to"}, "comparison": {...}, "pvis": [...]} for `pvi metrics --json`.
QString metrics(const Period& period, const Period& comparison,
                const std::vector<PviResult>& results);
/// {"as_of", "all": [...], "personalized": [...], "generic": [...]} for `pvi cohorts --json`.
QString cohorts(const CohortMatrix& matrix);
/// [{"id", "kind", "pattern", "created_at"}] for `pvi rules list --json`.
QString rules(const std::vector<PersonalizationRule>& rules);

} // namespace pvi::json
