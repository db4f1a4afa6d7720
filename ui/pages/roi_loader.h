#pragma once

#include "pages/roi_data.h"
#include "pvi/engine/period_filter.h"

#include <QString>

namespace pvi {

/// Computes the personalization ledger of the workspace at `workspacePath` for the filter's
/// period (12 months ending with it), through its own connection (safe on a worker thread).
/// Never throws: errors are in `error`, a missing ledger's reason in `unavailable`.
RoiData loadRoi(const QString& workspacePath, const PeriodFilter& filter);

} // namespace pvi
