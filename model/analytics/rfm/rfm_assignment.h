#pragma once

#include "analytics/rfm/rfm_scores.h"
#include "analytics/rfm/rfm_segment_map.h"

#include <QDate>

#include <vector>

namespace pvi {

/// One valid order as RFM needs it.
struct RfmOrder {
    qint64 customerId = 0;
    QDate date;
    double revenue = 0;
};

/// A customer's RFM scores and named segment as of a date.
struct RfmAssignment {
    RfmScore score;
    RfmSegment segment = RfmSegment::Lost;
};

/// RFM of every customer with at least one order dated on or before `asOf` (orders after it are
/// ignored; so every such customer gets a segment and customers without orders get none).
/// Recency = days from the last order to asOf, frequency = orders, monetary = their net revenue,
/// over the whole history up to asOf. Sorted by customer id.
std::vector<RfmAssignment> assignRfm(const std::vector<RfmOrder>& orders, const QDate& asOf);

/// Members per segment, indexed like kAllRfmSegments.
std::array<qint64, 11> rfmSegmentCounts(const std::vector<RfmAssignment>& assignments);

} // namespace pvi
