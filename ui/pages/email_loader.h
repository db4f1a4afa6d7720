#pragma once

#include "pages/email_data.h"
#include "pvi/engine/period_filter.h"

#include <QString>

namespace pvi {

/// Computes what the Email page shows for the workspace at `workspacePath`: the filter's period
/// is resolved against the latest email date (campaign send, event or audience change), through
/// its own connection (safe on a worker thread). Never throws: problems are in `error`.
EmailData loadEmail(const QString& workspacePath, const PeriodFilter& filter);

} // namespace pvi
