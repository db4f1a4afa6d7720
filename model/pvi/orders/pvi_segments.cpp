#include "pvi/orders/pvi_segments.h"

#include "analytics/rfm/segment_rates.h"
#include "pvi/engine/metric_support.h"
#include "pvi/orders/pvi_loyalty.h"

#include <QCoreApplication>

#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace pvi {

std::vector<RfmAssignment> rfmAsOf(const OrderSnapshot& snapshot, const QDate& asOf) {
    return *snapshot.rfm.get(asOf.toJulianDay(), [&] {
        std::vector<RfmOrder> orders;
        orders.reserve(snapshot.orders.size());
        for (const SnapshotOrder& order : snapshot.orders) {
            if (order.customerId != 0)
                orders.push_back(
                    {order.customerId, QDate::fromJulianDay(order.day), order.revenue});
        }
        return assignRfm(orders, asOf);
    });
}

std::unordered_map<qint64, RfmSegment> rfmSegmentsAsOf(const OrderSnapshot& snapshot,
                                                       const QDate& asOf) {
    std::unordered_map<qint64, RfmSegment> segments;
    for (const RfmAssignment& assignment : rfmAsOf(snapshot, asOf))
        segments.emplace(assignment.score.customerId, assignment.segment);
    return segments;
}

namespace {

QString noCustomersYetReason(const QDate& day) {
    return QStringLiteral("no customer has a valid order up to %1").arg(day.toString(Qt::ISODate));
}

std::optional<double> share(qint64 part, qint64 whole) {
    if (whole <= 0)
        return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole) * 100.0;
}

} // namespace

PviResult rfmSegmentPvi(const OrderSnapshot& snapshot, const Period& period) {
    PviResult result;
    result.id = QStringLiteral("rfm_segment");
    const std::vector<RfmAssignment> assignments = rfmAsOf(snapshot, period.to);
    result.n = static_cast<qint64>(assignments.size());
    if (assignments.empty()) {
        result.reason = noCustomersYetReason(period.to);
        return result;
    }
    result.available = true;
    result.value = static_cast<double>(assignments.size());
    result.splitReason = splitUnavailableReason(snapshot);
    const bool split = result.splitReason.isEmpty();
    const qint64 toDay = period.to.toJulianDay();
    std::array<qint64, 11> all{}, exposed{}, generic{};
    qint64 exposedTotal = 0;
    for (const RfmAssignment& assignment : assignments) {
        const auto index = static_cast<std::size_t>(assignment.segment);
        ++all[index];
        const bool isExposed = snapshot.customers.at(assignment.score.customerId).exposedBy(toDay);
        ++(isExposed ? exposed : generic)[index];
        exposedTotal += isExposed;
    }
    const qint64 genericTotal = result.n - exposedTotal;
    if (split) {
        result.personalized = {static_cast<double>(exposedTotal), exposedTotal};
        result.control = {static_cast<double>(genericTotal), genericTotal};
    }
    for (std::size_t i = 0; i < kAllRfmSegments.size(); ++i) {
        SegmentValue row{rfmSegmentId(kAllRfmSegments[i]),
                         rfmSegmentName(kAllRfmSegments[i]),
                         share(all[i], result.n),
                         all[i],
                         {},
                         {}};
        if (split) {
            row.personalized = {share(exposed[i], exposedTotal), exposed[i]};
            row.control = {share(generic[i], genericTotal), generic[i]};
        }
        result.segments.push_back(row);
    }
    return result;
}

PviResult segmentationRate(const OrderSnapshot& snapshot, const Period& period) {
    PviResult result;
    result.id = QStringLiteral("segmentation_rate");
    const auto segmented = static_cast<qint64>(rfmAsOf(snapshot, period.to).size());
    result.n = snapshot.workspaceCustomers;
    result.value = segmentationRatePercent(segmented, snapshot.workspaceCustomers);
    result.available = segmented > 0 && result.value.has_value();
    if (!result.available) {
        result.value.reset();
        result.reason = noCustomersYetReason(period.to);
        return result;
    }
    result.splitReason = QStringLiteral("not split: every personalized customer has a valid order "
                                        "and therefore a segment");
    return result;
}

PviResult segmentGrowthRate(const OrderSnapshot& snapshot, const Period& period) {
    PviResult result;
    result.id = QStringLiteral("segment_growth_rate");
    const std::vector<RfmAssignment> start = rfmAsOf(snapshot, period.from.addDays(-1));
    const std::vector<RfmAssignment> end = rfmAsOf(snapshot, period.to);
    result.n = static_cast<qint64>(start.size());
    result.value = segmentGrowthPercent(result.n, static_cast<qint64>(end.size()));
    result.available = result.value.has_value();
    if (!result.available) {
        result.reason = QCoreApplication::translate(
            "pvi::PviReason", "no customer had a valid order before the period");
        return result;
    }
    result.splitReason = QStringLiteral("not split: segment growth is reported per segment");
    const std::array<qint64, 11> atStart = rfmSegmentCounts(start);
    const std::array<qint64, 11> atEnd = rfmSegmentCounts(end);
    for (std::size_t i = 0; i < kAllRfmSegments.size(); ++i) {
        result.segments.push_back({rfmSegmentId(kAllRfmSegments[i]),
                                   rfmSegmentName(kAllRfmSegments[i]),
                                   segmentGrowthPercent(atStart[i], atEnd[i]),
                                   atStart[i],
                                   {},
                                   {}});
    }
    return result;
}

PviResult segmentRetentionRate(const OrderSnapshot& snapshot, const Period& period) {
    // Each customer's RFM segment as a bit; the segmented customers as a whole and each segment
    // are counted in the snapshot itself, without copying their orders.
    std::unordered_map<qint64, std::uint64_t> segmentOf;
    for (const RfmAssignment& assignment : rfmAsOf(snapshot, period.from.addDays(-1)))
        segmentOf[assignment.score.customerId] |= std::uint64_t{1}
                                                  << static_cast<std::size_t>(assignment.segment);
    PviResult result = customerRetentionRate(
        snapshot, period, [&segmentOf](qint64 id) { return segmentOf.count(id) > 0; });
    result.id = QStringLiteral("segment_retention_rate");
    if (!result.available)
        return result;
    for (std::size_t i = 0; i < kAllRfmSegments.size(); ++i) {
        const PviResult within =
            customerRetentionRate(snapshot, period, [&segmentOf, i](qint64 id) {
                const auto it = segmentOf.find(id);
                return it != segmentOf.end() && (it->second >> i & 1U) != 0;
            });
        result.segments.push_back({rfmSegmentId(kAllRfmSegments[i]),
                                   rfmSegmentName(kAllRfmSegments[i]), within.value, within.n,
                                   within.personalized, within.control});
    }
    return result;
}

} // namespace pvi
