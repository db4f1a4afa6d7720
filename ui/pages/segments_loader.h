#pragma once

#include "pages/segments_data.h"
#include "pvi/engine/period_filter.h"

#include <QString>

namespace pvi {

/// Computes the segment report of dimension `by` (rfm, tag, country, rule:NAME, ...; see
/// workspace_dimensions.h) of the workspace at `workspacePath` for the filter's period (presets
/// resolved against the last valid order, like the Overview), through its own connection (safe
/// on a worker thread), with the dimensions the workspace offers. Never throws: errors are in
/// `error`.
SegmentsData loadSegments(const QString& workspacePath, const PeriodFilter& filter,
                          const QString& by = QStringLiteral("rfm"));

} // namespace pvi
