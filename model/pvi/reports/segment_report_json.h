#pragma once
// The JSON of `pvi segments --json` (documented in docs/cli.md), written like pvi_json.h:
// numbers with 17 significant digits, null for undefined values.

#include "pvi/reports/segment_report.h"

#include <QString>

namespace pvi::json {

/// {"period", "available", "reason", "customers_at_start", "customers_at_end", "growth_percent",
/// "split_reason", "segments": [...]} for `pvi segments --json`.
QString segmentReport(const SegmentReport& report);

} // namespace pvi::json
