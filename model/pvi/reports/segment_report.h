#pragma once
// Everything the Segments page shows about the RFM segments for one period, one row per segment:
// the rfm_segment, segment_growth_rate, segment_retention_rate and clv_by_segment breakdowns,
// and repeat_purchase_rate, revenue_per_customer and average_order_value computed within each
// segment.

#include "analytics/rfm/rfm_segment_map.h"
#include "pvi/engine/pvi_result.h"

#include <vector>

namespace pvi {

class Workspace;
struct OrderSnapshot;

/// One RFM segment's figures for a period. Every figure is a SegmentValue: the value over the
/// segment's customers (n), and the personalized/control values where the workspace has
/// personalization rules (customers exposed by the period's end vs the others; orders by
/// order-level exposure for the order value).
struct SegmentReportRow {
    RfmSegment segment = RfmSegment::Lost;
    QString id;   ///< e.g. "cant_lose_them"
    QString name; ///< e.g. "Can't lose them"
    /// Members as of the period's end: value = their share of the customers with a segment then,
    /// in percent, n = members; personalized/control: share of the exposed / unexposed customers.
    SegmentValue members;
    qint64 membersAtStart = 0;           ///< members as of the day before the period
    std::optional<double> growthPercent; ///< segment_growth_rate; none without members at start
    SegmentValue retention;              ///< segment_retention_rate (members at the start)
    SegmentValue repeatPurchase;     ///< repeat_purchase_rate of the members at the end, percent
    SegmentValue revenuePerCustomer; ///< revenue_per_customer of the members at the end
    SegmentValue averageOrderValue;  ///< average_order_value of the members' orders
    SegmentValue clv;                ///< clv_by_segment (12 months ending with the period)
};

/// The segments of a period, in display order (Champions first, all eleven).
struct SegmentReport {
    Period period;
    bool available = false;
    QString reason;              ///< why there are no segments (no orders up to the period's end)
    qint64 customersAtStart = 0; ///< customers with a segment the day before the period
    qint64 customersAtEnd = 0;   ///< customers with a segment on the period's last day
    std::optional<double> growthPercent; ///< of all segmented customers
    QString splitReason; ///< why there is no personalized/control split; empty when there is
    std::vector<SegmentReportRow> rows;
};

/// The report for `period` from an already loaded snapshot.
SegmentReport computeSegmentReport(const OrderSnapshot& snapshot, const Period& period);
/// The same from the workspace's valid orders; unavailable with the reason on a database failure.
SegmentReport computeSegmentReport(Workspace& workspace, const Period& period);

} // namespace pvi
