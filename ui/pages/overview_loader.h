#pragma once

#include "pages/overview_data.h"
#include "pvi/engine/period_filter.h"

#include <QString>

namespace pvi {

/// Computes everything the Overview shows for the workspace at `workspacePath` and the filter,
/// through its own connection (safe on a worker thread). Never throws: errors are in `error`.
OverviewData loadOverview(const QString& workspacePath, const PeriodFilter& filter);

} // namespace pvi
