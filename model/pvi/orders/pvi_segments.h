#pragma once
// The segmentation PVIs (family Orders of docs/pvi-catalogue.md) from RFM segments: rfm_segment,
// segmentation_rate, segment_growth_rate and segment_retention_rate.

#include "analytics/rfm/rfm_assignment.h"
#include "pvi/engine/pvi_result.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi/orders/snapshot_rfm.h"

#include <cstdint>
#include <memory>
#include <span>
#include <unordered_map>
#include <vector>

namespace pvi {

/// RFM of the snapshot's customers as of `asOf`, computed the first time a day is asked for and
/// kept with the snapshot (OrderSnapshot::rfm).
std::shared_ptr<const SnapshotRfm> snapshotRfmAsOf(const OrderSnapshot& snapshot,
                                                   const QDate& asOf);
/// RFM scores and segments of the snapshot's customers as of `asOf` (see rfm_assignment.h),
/// sorted by customer id: a list of its own, 32 bytes a customer.
std::vector<RfmAssignment> rfmAsOf(const OrderSnapshot& snapshot, const QDate& asOf);
/// Customer id → RFM segment as of `asOf`, as a map of its own.
std::unordered_map<qint64, RfmSegment> rfmSegmentsAsOf(const OrderSnapshot& snapshot,
                                                       const QDate& asOf);

/// Each customer's RFM segment as of one day, looked up in the snapshot's kept RFM by customer
/// id without a copy of it (the snapshot must outlive the lookup).
class RfmSegmentLookup {
public:
    RfmSegmentLookup(const OrderSnapshot& snapshot, const QDate& asOf);

    /// The customer's segment; none without a valid order by the day.
    std::optional<RfmSegment> of(qint64 customerId) const;
    /// No customer has a segment.
    bool empty() const { return m_rfm->empty(); }
    /// Calls `visit(customerId, segment)` for each customer with a segment, by ascending id.
    template <typename Visit> void forEach(Visit&& visit) const {
        for (std::size_t i = 0; i < m_ids.size(); ++i) {
            if (const std::optional<RfmSegment> segment = m_rfm->segmentAt(i))
                visit(m_ids[i], *segment);
        }
    }

private:
    static constexpr std::uint8_t kNoSegment = 0xff;
    std::shared_ptr<const SnapshotRfm> m_rfm;
    std::span<const qint64> m_ids;
    /// Each id's segment (kNoSegment for none), when the ids are dense enough for a table: a
    /// look-up per e-mail delivery is then one read instead of a search among the ids.
    std::vector<std::uint8_t> m_byId;
};

/// rfm_segment: value = customers with a segment as of `to`; segments = each segment's share
/// of them in percent (n = members), and of the exposed / unexposed customers.
PviResult rfmSegmentPvi(const OrderSnapshot& snapshot, const Period& period);
/// segmentation_rate: customers with an RFM segment as of `to` / all workspace customers × 100.
PviResult segmentationRate(const OrderSnapshot& snapshot, const Period& period);
/// segment_growth_rate: segments as of the day before `from` vs as of `to`; value = growth of all
/// segmented customers, segments = each segment's growth (n = members at the start).
PviResult segmentGrowthRate(const OrderSnapshot& snapshot, const Period& period);
/// segment_retention_rate: customer_retention_rate within each RFM segment, the segments taken as
/// of the day before `from` (the customers there were to retain): S = the segment's members
/// active that day, E = those active on `to`, N = 0 (nobody with a segment then is new in the
/// period). value = the same over every customer with a segment then (n = S); personalized and
/// control split by exposure by `to`, as for customer_retention_rate; the Segments page's
/// report reads the same result.
PviResult segmentRetentionRate(const OrderSnapshot& snapshot, const Period& period);

} // namespace pvi
