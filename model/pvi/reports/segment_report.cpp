#include "pvi/reports/segment_report.h"

#include "pvi/engine/metrics_engine.h"
#include "pvi/lifetime/pvi_lifetime.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi/orders/pvi_commerce.h"
#include "pvi/orders/pvi_loyalty.h"
#include "pvi/orders/pvi_segments.h"
#include "pvi/orders/snapshot_subset.h"
#include "store/db_error.h"

#include <array>
#include <unordered_set>

namespace pvi {

namespace {

/// A PVI computed within one segment as that segment's row.
SegmentValue rowOf(const SegmentReportRow& row, const PviResult& result) {
    return {row.id, row.name, result.value, result.n, result.personalized, result.control};
}

/// The breakdown row of `segment` in a per-segment PVI (rows are in display order).
SegmentValue segmentRow(const PviResult& result, std::size_t segment) {
    return segment < result.segments.size() ? result.segments[segment] : SegmentValue{};
}

} // namespace

SegmentReport computeSegmentReport(const OrderSnapshot& snapshot, const Period& period) {
    SegmentReport report;
    report.period = period;
    if (snapshot.orders.empty()) {
        report.reason = noOrdersImportedReason();
        return report;
    }
    if (!period.isValid()) {
        report.reason = QStringLiteral("the period is not a valid date range");
        return report;
    }
    const PviResult members = rfmSegmentPvi(snapshot, period);
    if (!members.available) {
        report.reason = members.reason;
        return report;
    }
    report.available = true;
    report.splitReason = members.splitReason;
    report.customersAtEnd = members.n;
    const PviResult growth = segmentGrowthRate(snapshot, period);
    const PviResult retention = segmentRetentionRate(snapshot, period);
    const PviResult clv = clvBySegment(snapshot, period);
    report.growthPercent = growth.value;
    report.customersAtStart = growth.n;

    std::array<std::unordered_set<qint64>, 11> atEnd;
    for (const auto& [customer, segment] : rfmSegmentsAsOf(snapshot, period.to))
        atEnd[static_cast<std::size_t>(segment)].insert(customer);
    for (std::size_t i = 0; i < kAllRfmSegments.size(); ++i) {
        SegmentReportRow row;
        row.segment = kAllRfmSegments[i];
        row.id = rfmSegmentId(row.segment);
        row.name = rfmSegmentName(row.segment);
        row.members = segmentRow(members, i);
        const SegmentValue grew = segmentRow(growth, i);
        row.membersAtStart = grew.n;
        row.growthPercent = grew.value;
        row.retention = segmentRow(retention, i);
        row.clv = segmentRow(clv, i);
        const OrderSnapshot within = snapshotOfCustomers(snapshot, atEnd[i]);
        row.repeatPurchase = rowOf(row, repeatPurchaseRate(within, period));
        row.revenuePerCustomer = rowOf(row, revenuePerCustomer(within, period));
        row.averageOrderValue = rowOf(row, averageOrderValue(within, period));
        report.rows.push_back(row);
    }
    return report;
}

SegmentReport computeSegmentReport(Workspace& workspace, const Period& period) {
    try {
        return computeSegmentReport(OrderSnapshot::load(workspace), period);
    } catch (const DbError& e) {
        SegmentReport report;
        report.period = period;
        report.reason =
            QStringLiteral("the workspace could not be read: %1").arg(QString::fromUtf8(e.what()));
        return report;
    }
}

} // namespace pvi
