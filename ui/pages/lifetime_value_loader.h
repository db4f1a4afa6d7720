#pragma once

#include "pages/lifetime_value_data.h"

namespace pvi {

/// Fits BG/NBD and Gamma-Gamma on the valid orders of the workspace at `workspacePath` up to its
/// latest order, runs the backtest, and summarizes CLV and churn risk per RFM segment, through its
/// own connection (safe on a worker thread). Never throws: errors are in `error`.
LifetimeValueData loadLifetimeValue(const QString& workspacePath);

} // namespace pvi
