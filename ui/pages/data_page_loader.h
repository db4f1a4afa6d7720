#pragma once

#include "importers/import_report.h"
#include "pages/data_page_data.h"
#include "pvi/engine/period_filter.h"

#include <cstdint>

namespace pvi {

/// Reads the Data page's lists from the workspace at `workspacePath` through its own connection
/// (safe on a worker thread); targets get their PVI's value over the filter's period, from the
/// shared PviRunCache. Never throws: errors are in `error`.
DataPageData loadDataPage(const QString& workspacePath, const PeriodFilter& filter);

/// The stored report of one import batch (its counts and issues) as an ImportReport, for the
/// report dialog; `ok` false with `error` when the batch or the workspace cannot be read.
ImportReport loadBatchReport(const QString& workspacePath, std::int64_t batchId);

} // namespace pvi
