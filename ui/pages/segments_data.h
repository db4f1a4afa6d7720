#pragma once

#include "pvi/reports/segment_report.h"

#include <QString>

namespace pvi {

/// What the Segments page shows, computed off the GUI thread from the model.
struct SegmentsData {
    QString error;     ///< set when the workspace could not be read
    bool empty = true; ///< the workspace has no valid orders yet
    Period period;
    Period comparison;
    QString currency; ///< the workspace's currency code, empty when unknown
    SegmentReport report;
    /// The dimensions the workspace offers ("Segment by"): id (rfm, tag, rule:NAME, ...), title.
    std::vector<SegmentLabel> dimensions;
};

} // namespace pvi
