#pragma once

#include "pages/experiments_data.h"

namespace pvi {

/// Loads and analyses every experiment of the workspace at `workspacePath` through its own
/// connection (safe on a worker thread); the portfolio counts tests concluded by `asOf`.
/// Never throws: errors are in `error`.
ExperimentsData loadExperiments(const QString& workspacePath, const QDate& asOf);

} // namespace pvi
