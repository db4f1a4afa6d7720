#pragma once

#include "pages/experiments_data.h"

namespace pvi {

/// Loads and analyses every experiment of the workspace at `workspacePath` through its own
/// connection (safe on a worker thread); the portfolio counts tests concluded by `asOf`.
/// Never throws: errors are in `error`.
ExperimentsData loadExperiments(const QString& workspacePath, const QDate& asOf);

/// Stores a typed experiment in the workspace at `workspacePath` through its own connection
/// (one transaction; safe on a worker thread). Returns the reason when it could not be stored,
/// empty on success. Never throws.
QString saveExperiment(const QString& workspacePath, const Experiment& experiment);

} // namespace pvi
