#pragma once

#include "pages/attribution_data.h"

namespace pvi {

/// Reads the journeys of the workspace at `workspacePath` and runs every attribution model,
/// through its own connection (safe on a worker thread). Never throws: errors are in `error`.
AttributionData loadAttribution(const QString& workspacePath);

} // namespace pvi
