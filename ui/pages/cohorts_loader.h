#pragma once

#include "pages/cohorts_data.h"
#include "pvi/engine/period_filter.h"

#include <QString>

namespace pvi {

/// Computes the monthly acquisition cohorts of the workspace at `workspacePath` from every valid
/// order up to the end of the filter's period (presets resolved against the last valid order),
/// with their size-weighted curves, through its own connection (safe on a worker thread). Never
/// throws: errors are in `error`.
CohortsData loadCohorts(const QString& workspacePath, const PeriodFilter& filter);

} // namespace pvi
