#pragma once

#include "pages/attribution_data.h"
#include "pvi/reports/attribution_journeys.h"

namespace pvi {

/// Reads the journeys of the workspace at `workspacePath` from `source` and runs every
/// attribution model, through its own connection (safe on a worker thread). Never throws: errors
/// are in `error`.
AttributionData loadAttribution(const QString& workspacePath,
                                AttributionSource source = AttributionSource::Automatic);

} // namespace pvi
