#pragma once
// The RFM scores and segments of an order snapshot's customers as of one day, packed in two bytes
// per customer: a run asks for several days, and the snapshot keeps each one (OrderSnapshot::rfm).

#include "analytics/rfm/rfm_assignment.h"

#include <QDate>

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace pvi {

struct OrderSnapshot;

/// RFM as of one day of every customer of a snapshot, indexed like the snapshot's customerIds:
/// the scores and segments assignRfm() gives over the snapshot's orders, in 2 bytes per customer
/// instead of an RfmAssignment's 32 (the large shop's 117,000 customers: 0.2 MB a day, not 3.7).
class SnapshotRfm {
public:
    /// RFM as of `asOf` from the snapshot's orders dated up to that day.
    static SnapshotRfm compute(const OrderSnapshot& snapshot, const QDate& asOf);

    /// The customers indexed: the snapshot's customerIds (ascending), or for a snapshot built
    /// without them (some tests build one by hand), its orders' customers.
    std::span<const qint64> customerIds(const OrderSnapshot& snapshot) const;
    /// Customers with a valid order by the day, and so a segment.
    std::size_t size() const { return m_assigned; }
    bool empty() const { return m_assigned == 0; }
    /// The segment of the customer at `index` of customerIds(); none without an order by the day.
    std::optional<RfmSegment> segmentAt(std::size_t index) const;
    /// The scores of that customer, whose id is `customerId`.
    std::optional<RfmScore> scoreAt(std::size_t index, qint64 customerId) const;
    /// Members per segment, indexed like kAllRfmSegments.
    std::array<qint64, 11> segmentCounts() const;

private:
    /// Per customer: recency, frequency and monetary scores (1–5) in bits 0–2, 3–5 and 6–8, the
    /// segment in bits 9–12; 0 for a customer without an order by the day.
    std::vector<std::uint16_t> m_packed;
    std::vector<qint64> m_ownIds; ///< empty unless the snapshot's customerIds miss a customer
    std::size_t m_assigned = 0;
};

} // namespace pvi
