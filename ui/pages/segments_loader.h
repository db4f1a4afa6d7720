#pragma once

#include "pages/segments_data.h"
#include "pvi/engine/period_filter.h"

#include <QString>

namespace pvi {

/// Computes the RFM segment report of the workspace at `workspacePath` for the filter's period
/// (presets resolved against the last valid order, like the Overview), through its own
/// connection (safe on a worker thread). Never throws: errors are in `error`.
SegmentsData loadSegments(const QString& workspacePath, const PeriodFilter& filter);

} // namespace pvi
