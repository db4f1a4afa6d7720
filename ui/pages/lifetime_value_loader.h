#pragma once

#include "pages/lifetime_value_data.h"
#include "pvi/engine/period_filter.h"

namespace pvi {

/// Fits BG/NBD and Gamma-Gamma on the valid orders of the workspace at `workspacePath` up to the
/// end of the filter's period (resolved against the latest valid order; "as of" that day), runs
/// the backtest, and summarizes CLV and churn risk per RFM segment, through its own connection
/// (safe on a worker thread). Never throws: errors are in `error`.
LifetimeValueData loadLifetimeValue(const QString& workspacePath, const PeriodFilter& filter);

} // namespace pvi
