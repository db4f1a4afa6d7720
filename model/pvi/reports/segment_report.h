#pragma once
// Everything the Segments page shows about the segments of one dimension (RFM by default, or a
// tag, a country, a list, a rule: see pvi/segments/) for one period, one row per segment: share,
// growth, retention, repeat purchase rate, revenue per customer, order value and lifetime value,
// each computed within the segment's customers.

#include "analytics/rfm/rfm_segment_map.h"
#include "pvi/engine/pvi_result.h"
#include "pvi/segments/segment_dimension.h"

#include <vector>

namespace pvi {

class Workspace;
struct OrderSnapshot;

/// One segment's figures for a period. Every figure is a SegmentValue: the value over the
/// segment's customers (n), and the personalized/control values where the workspace has
/// personalization rules (customers exposed by the period's end vs the others; orders by
/// order-level exposure for the order value).
struct SegmentReportRow {
    std::size_t index = 0; ///< position in the dimension's labels (display order)
    QString id;            ///< e.g. "cant_lose_them"
    QString name;          ///< e.g. "Can't lose them"
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

/// The segments of a period, in display order (for RFM: Champions first, all eleven).
struct SegmentReport {
    Period period;
    QString dimensionId = QStringLiteral("rfm");            ///< e.g. "rfm", "tag", "rule:vip"
    QString dimensionTitle = QStringLiteral("RFM segment"); ///< e.g. "Tag"
    bool available = false;
    QString reason;              ///< why there are no segments (no orders up to the period's end)
    qint64 customersAtStart = 0; ///< customers with a segment the day before the period
    qint64 customersAtEnd = 0;   ///< customers with a segment on the period's last day
    std::optional<double> growthPercent; ///< of all segmented customers
    QString splitReason; ///< why there is no personalized/control split; empty when there is
    std::vector<SegmentReportRow> rows;
};

/// The report of `dimension`'s segments for `period` from an already loaded snapshot. Shares are
/// of the customers in at least one segment; a customer in two segments counts in both.
SegmentReport computeSegmentReport(const OrderSnapshot& snapshot, const Period& period,
                                   const SegmentDimension& dimension);
/// The RFM segments' report.
SegmentReport computeSegmentReport(const OrderSnapshot& snapshot, const Period& period);
/// The same from the workspace's valid orders; unavailable with the reason on a database failure.
SegmentReport computeSegmentReport(Workspace& workspace, const Period& period);
/// The report of the dimension named `by` (see workspace_dimensions.h); unavailable with the
/// reason when the name is not a dimension of the workspace.
SegmentReport computeSegmentReport(Workspace& workspace, const Period& period, const QString& by);

} // namespace pvi
