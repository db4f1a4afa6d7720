#pragma once

#include "pvi/reports/segment_report.h"

#include <QString>

namespace pvi {

/// A few plain sentences about the report: how many customers have a segment at the period's
/// end and how that changed, which segments grew and which shrank most (by their growth rate,
/// among the segments with at least 10 customers at the start when there are such; ties named
/// together), which had no members at the start, and the largest segment. Empty when the
/// report is not available.
QString segmentSummary(const SegmentReport& report);

} // namespace pvi
