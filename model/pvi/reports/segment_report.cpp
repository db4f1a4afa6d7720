#include "pvi/reports/segment_report.h"

#include "analytics/rfm/segment_rates.h"
#include "pvi/engine/metric_support.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/lifetime/pvi_lifetime.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi/orders/pvi_commerce.h"
#include "pvi/orders/pvi_loyalty.h"
#include "pvi/orders/snapshot_subset.h"
#include "pvi/segments/workspace_dimensions.h"
#include "store/db_error.h"

#include <QCoreApplication>

#include <unordered_set>

namespace pvi {

namespace {

/// A PVI computed within one segment as that segment's row.
SegmentValue rowOf(const SegmentReportRow& row, const PviResult& result) {
    return {row.id, row.name, result.value, result.n, result.personalized, result.control};
}

std::optional<double> shareOf(qint64 part, qint64 whole) {
    if (whole <= 0)
        return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole) * 100.0;
}

std::unordered_set<qint64> unionOf(const SegmentMembers& members) {
    std::unordered_set<qint64> all;
    for (const auto& segment : members)
        all.insert(segment.begin(), segment.end());
    return all;
}

/// Customers who are exposed by `day` among `customers`.
qint64 exposedAmong(const OrderSnapshot& snapshot, const std::unordered_set<qint64>& customers,
                    qint64 day) {
    qint64 exposed = 0;
    for (const qint64 c : customers) {
        const auto it = snapshot.customers.find(c);
        exposed += it != snapshot.customers.end() && it->second.exposedBy(day);
    }
    return exposed;
}

/// The segment's share of the segmented customers, split by exposure by the period's end.
SegmentValue membersRow(const OrderSnapshot& snapshot, const SegmentReportRow& row,
                        const std::unordered_set<qint64>& members, qint64 segmented,
                        qint64 exposedTotal, bool split, qint64 toDay) {
    const auto n = static_cast<qint64>(members.size());
    SegmentValue value{row.id, row.name, shareOf(n, segmented), n, {}, {}};
    if (split) {
        const qint64 exposed = exposedAmong(snapshot, members, toDay);
        value.personalized = {shareOf(exposed, exposedTotal), exposed};
        value.control = {shareOf(n - exposed, segmented - exposedTotal), n - exposed};
    }
    return value;
}

/// clv_simple of the segment's members, split by exposure by the period's end.
SegmentValue clvRow(const OrderSnapshot& snapshot, const SegmentReportRow& row,
                    const std::unordered_set<qint64>& members, bool split, const QDate& to) {
    const LifetimeSplit inputs = lifetimeSplitOf(
        snapshot, to, [&](const SnapshotCustomer& c) { return members.count(c.id) > 0; });
    SegmentValue value{row.id, row.name, inputs.all.clv(), inputs.all.customers, {}, {}};
    if (split) {
        value.personalized = {inputs.personalized.clv(), inputs.personalized.customers};
        value.control = {inputs.control.clv(), inputs.control.customers};
    }
    return value;
}

} // namespace

SegmentReport computeSegmentReport(const OrderSnapshot& snapshot, const Period& period,
                                   const SegmentDimension& dimension) {
    SegmentReport report;
    report.period = period;
    report.dimensionId = dimension.id;
    report.dimensionTitle = dimension.title;
    if (snapshot.orders.empty()) {
        report.reason = noOrdersImportedReason();
        return report;
    }
    if (!period.isValid()) {
        report.reason =
            QCoreApplication::translate("pvi::PviReason", "the period is not a valid date range");
        return report;
    }
    const SegmentMembers atEnd = dimension.membersAsOf(snapshot, period.to);
    const SegmentMembers atStart = dimension.membersAsOf(snapshot, period.from.addDays(-1));
    const std::unordered_set<qint64> segmentedAtEnd = unionOf(atEnd);
    const std::unordered_set<qint64> segmentedAtStart = unionOf(atStart);
    if (segmentedAtEnd.empty()) {
        report.reason = QCoreApplication::translate(
                            "pvi::PviReason", "no customer with a valid order up to %1 is in a %2")
                            .arg(period.to.toString(Qt::ISODate), dimension.title.toLower());
        return report;
    }
    report.available = true;
    report.splitReason = splitUnavailableReason(snapshot);
    const bool split = report.splitReason.isEmpty();
    const qint64 toDay = period.to.toJulianDay();
    report.customersAtEnd = static_cast<qint64>(segmentedAtEnd.size());
    report.customersAtStart = static_cast<qint64>(segmentedAtStart.size());
    report.growthPercent = segmentGrowthPercent(report.customersAtStart, report.customersAtEnd);
    const qint64 exposedTotal = exposedAmong(snapshot, segmentedAtEnd, toDay);
    const bool retentionAvailable =
        customerRetentionRate(snapshotOfCustomers(snapshot, segmentedAtStart), period).available;
    const bool clvAvailable = clvSimple(snapshot, period).available;

    for (std::size_t i = 0; i < dimension.labels.size(); ++i) {
        SegmentReportRow row;
        row.index = i;
        row.id = dimension.labels[i].id;
        row.name = dimension.labels[i].name;
        row.members =
            membersRow(snapshot, row, atEnd[i], report.customersAtEnd, exposedTotal, split, toDay);
        row.membersAtStart = static_cast<qint64>(atStart[i].size());
        row.growthPercent =
            segmentGrowthPercent(row.membersAtStart, static_cast<qint64>(atEnd[i].size()));
        if (retentionAvailable)
            row.retention = rowOf(
                row, customerRetentionRate(snapshotOfCustomers(snapshot, atStart[i]), period));
        if (clvAvailable)
            row.clv = clvRow(snapshot, row, atEnd[i], split, period.to);
        const OrderSnapshot within = snapshotOfCustomers(snapshot, atEnd[i]);
        row.repeatPurchase = rowOf(row, repeatPurchaseRate(within, period));
        row.revenuePerCustomer = rowOf(row, revenuePerCustomer(within, period));
        row.averageOrderValue = rowOf(row, averageOrderValue(within, period));
        report.rows.push_back(row);
    }
    return report;
}

SegmentReport computeSegmentReport(const OrderSnapshot& snapshot, const Period& period) {
    return computeSegmentReport(snapshot, period, rfmDimension());
}

SegmentReport computeSegmentReport(Workspace& workspace, const Period& period) {
    return computeSegmentReport(workspace, period, QStringLiteral("rfm"));
}

SegmentReport computeSegmentReport(Workspace& workspace, const Period& period, const QString& by) {
    SegmentReport report;
    report.period = period;
    try {
        const DimensionLookup found = workspaceDimension(workspace, by);
        if (!found.dimension) {
            report.reason = found.error;
            return report;
        }
        return computeSegmentReport(OrderSnapshot::load(workspace), period, *found.dimension);
    } catch (const DbError& e) {
        report.reason =
            QCoreApplication::translate("pvi::PviReason", "the workspace could not be read: %1")
                .arg(QString::fromUtf8(e.what()));
        return report;
    }
}

} // namespace pvi
