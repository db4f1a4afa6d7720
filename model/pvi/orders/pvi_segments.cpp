#include "pvi/orders/pvi_segments.h"

#include "analytics/rfm/segment_rates.h"
#include "pvi/engine/metric_support.h"
#include "pvi/orders/pvi_loyalty.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace pvi {

std::shared_ptr<const SnapshotRfm> snapshotRfmAsOf(const OrderSnapshot& snapshot,
                                                   const QDate& asOf) {
    return snapshot.rfm.get(asOf.toJulianDay(),
                            [&] { return SnapshotRfm::compute(snapshot, asOf); });
}

std::vector<RfmAssignment> rfmAsOf(const OrderSnapshot& snapshot, const QDate& asOf) {
    const std::shared_ptr<const SnapshotRfm> rfm = snapshotRfmAsOf(snapshot, asOf);
    const std::span<const qint64> ids = rfm->customerIds(snapshot);
    std::vector<RfmAssignment> assignments;
    assignments.reserve(rfm->size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (const std::optional<RfmScore> score = rfm->scoreAt(i, ids[i]))
            assignments.push_back({*score, *rfm->segmentAt(i)});
    }
    return assignments;
}

std::unordered_map<qint64, RfmSegment> rfmSegmentsAsOf(const OrderSnapshot& snapshot,
                                                       const QDate& asOf) {
    std::unordered_map<qint64, RfmSegment> segments;
    RfmSegmentLookup(snapshot, asOf).forEach([&segments](qint64 customer, RfmSegment segment) {
        segments.emplace(customer, segment);
    });
    return segments;
}

RfmSegmentLookup::RfmSegmentLookup(const OrderSnapshot& snapshot, const QDate& asOf)
    : m_rfm(snapshotRfmAsOf(snapshot, asOf))
    , m_ids(m_rfm->customerIds(snapshot)) {
    // A shop numbers its customers densely: a table by id costs a byte per number up to the
    // largest, at most about eight per customer.
    if (m_ids.empty() || m_ids.front() < 0 ||
        m_ids.back() >= static_cast<qint64>(8 * m_ids.size() + 1024))
        return;
    m_byId.assign(static_cast<std::size_t>(m_ids.back()) + 1, kNoSegment);
    for (std::size_t i = 0; i < m_ids.size(); ++i) {
        if (const std::optional<RfmSegment> segment = m_rfm->segmentAt(i))
            m_byId[static_cast<std::size_t>(m_ids[i])] = static_cast<std::uint8_t>(*segment);
    }
}

std::optional<RfmSegment> RfmSegmentLookup::of(qint64 customerId) const {
    if (!m_byId.empty()) {
        if (customerId < 0 || static_cast<std::size_t>(customerId) >= m_byId.size() ||
            m_byId[static_cast<std::size_t>(customerId)] == kNoSegment)
            return std::nullopt;
        return static_cast<RfmSegment>(m_byId[static_cast<std::size_t>(customerId)]);
    }
    const auto at = std::lower_bound(m_ids.begin(), m_ids.end(), customerId);
    if (at == m_ids.end() || *at != customerId)
        return std::nullopt;
    return m_rfm->segmentAt(static_cast<std::size_t>(at - m_ids.begin()));
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
    const RfmSegmentLookup segments(snapshot, period.to);
    result.n = static_cast<qint64>(snapshotRfmAsOf(snapshot, period.to)->size());
    if (segments.empty()) {
        result.reason = noCustomersYetReason(period.to);
        return result;
    }
    result.available = true;
    result.value = static_cast<double>(result.n);
    result.splitReason = splitUnavailableReason(snapshot);
    const bool split = result.splitReason.isEmpty();
    const qint64 toDay = period.to.toJulianDay();
    std::array<qint64, 11> all{}, exposed{}, generic{};
    qint64 exposedTotal = 0;
    segments.forEach([&](qint64 customerId, RfmSegment segment) {
        const auto index = static_cast<std::size_t>(segment);
        ++all[index];
        const bool isExposed = snapshot.customers.at(customerId).exposedBy(toDay);
        ++(isExposed ? exposed : generic)[index];
        exposedTotal += isExposed;
    });
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
    const auto segmented = static_cast<qint64>(snapshotRfmAsOf(snapshot, period.to)->size());
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
    const std::shared_ptr<const SnapshotRfm> start =
        snapshotRfmAsOf(snapshot, period.from.addDays(-1));
    const std::shared_ptr<const SnapshotRfm> end = snapshotRfmAsOf(snapshot, period.to);
    result.n = static_cast<qint64>(start->size());
    result.value = segmentGrowthPercent(result.n, static_cast<qint64>(end->size()));
    result.available = result.value.has_value();
    if (!result.available) {
        result.reason = QCoreApplication::translate(
            "pvi::PviReason", "no customer had a valid order before the period");
        return result;
    }
    result.splitReason = QStringLiteral("not split: segment growth is reported per segment");
    const std::array<qint64, 11> atStart = start->segmentCounts();
    const std::array<qint64, 11> atEnd = end->segmentCounts();
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
    // Every segment counted in one pass over the customers, without copying their orders; the
    // segmented customers as a whole are the segments' counts summed.
    const RfmSegmentLookup segmentOf(snapshot, period.from.addDays(-1));
    const std::vector<ActivitySplit> bySegment =
        activityCountsByGroup(snapshot, period, kAllRfmSegments.size(), [&segmentOf](qint64 id) {
            // kAllRfmSegments lists the segments in their enum's order.
            const std::optional<RfmSegment> segment = segmentOf.of(id);
            return segment ? static_cast<int>(*segment) : -1;
        });
    PviResult result = customerRetentionRate(snapshot, sumOf(bySegment));
    result.id = QStringLiteral("segment_retention_rate");
    if (!result.available)
        return result;
    for (std::size_t i = 0; i < kAllRfmSegments.size(); ++i) {
        const PviResult within = customerRetentionRate(snapshot, bySegment[i]);
        result.segments.push_back({rfmSegmentId(kAllRfmSegments[i]),
                                   rfmSegmentName(kAllRfmSegments[i]), within.value, within.n,
                                   within.personalized, within.control});
    }
    return result;
}

} // namespace pvi
