#pragma once

#include "analytics/experiments/experiment.h"

#include <QStringList>

#include <vector>

namespace pvi {

/// Experiments read from a CSV, or the messages saying why not.
struct ExperimentImport {
    std::vector<Experiment> experiments;
    QStringList errors;   ///< file:line: message; any error means nothing should be stored
    QStringList warnings; ///< e.g. no arm marked as control (the first arm is used)

    bool ok() const { return errors.isEmpty(); }
};

/// Reads experiments from one of two CSV layouts, recognised by their header (names are
/// case-insensitive; spaces and dashes count as underscores):
/// - per visitor: `experiment, arm, visitor_id (or customer_id, unit), converted[, revenue]`,
///   one row per visitor; totals and units are built from the rows;
/// - arm totals: `experiment, arm, visitors, conversions[, revenue_sum, revenue_sum_sq]`.
/// Optional in both: `is_control` (yes/no), `planned_share` (0–1), `started_on`, `ended_on`
/// (YYYY-MM-DD). Without `is_control`, the arm named "control" is the control, else the first
/// arm of the experiment (with a warning).
ExperimentImport importExperimentCsv(const QString& path);

} // namespace pvi
