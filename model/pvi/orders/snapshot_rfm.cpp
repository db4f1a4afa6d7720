#include "pvi/orders/snapshot_rfm.h"

#include "pvi/orders/order_snapshot.h"

#include <algorithm>
#include <optional>

namespace pvi {

namespace {

static_assert(kAllRfmSegments.size() <= 16, "a segment is packed in four bits");

constexpr unsigned kScoreBits = 3;
constexpr unsigned kScoreMask = 0x7;
constexpr unsigned kSegmentShift = 3 * kScoreBits;

/// One customer's orders up to the as-of day, as assignRfm() totals them.
struct RfmTotals {
    qint64 lastDay = 0;
    qint64 orders = 0;
    double revenue = 0;
};

std::uint16_t packed(const RfmScore& score, RfmSegment segment) {
    return static_cast<std::uint16_t>(static_cast<unsigned>(score.recency) |
                                      static_cast<unsigned>(score.frequency) << kScoreBits |
                                      static_cast<unsigned>(score.monetary) << 2 * kScoreBits |
                                      static_cast<unsigned>(segment) << kSegmentShift);
}

/// The index in `ids` of the customer of the snapshot's order `o`: the snapshot's own index when
/// `ids` are its customerIds, else a search; none when `ids` miss the customer.
std::optional<std::size_t> customerIndex(const OrderSnapshot& snapshot, std::span<const qint64> ids,
                                         std::size_t o) {
    const qint64 customerId = snapshot.orders[o].customerId;
    if (ids.data() == snapshot.customerIds.data() &&
        snapshot.orderCustomers.size() == snapshot.orders.size()) {
        const std::uint32_t at = snapshot.orderCustomers[o];
        if (at != OrderSnapshot::kNoCustomerIndex && ids[at] == customerId)
            return at;
    }
    const auto at = std::lower_bound(ids.begin(), ids.end(), customerId);
    if (at == ids.end() || *at != customerId)
        return std::nullopt;
    return static_cast<std::size_t>(at - ids.begin());
}

/// Each customer's totals (indexed like `ids`) over the orders up to `asOfDay`, in the orders'
/// order as assignRfm() adds them; false when an order's customer is not in `ids`.
bool totalUp(const OrderSnapshot& snapshot, std::span<const qint64> ids, qint64 asOfDay,
             std::vector<RfmTotals>& totals) {
    totals.assign(ids.size(), {});
    for (std::size_t o = 0; o < snapshot.orders.size(); ++o) {
        const SnapshotOrder& order = snapshot.orders[o];
        if (order.customerId == 0 || order.day > asOfDay)
            continue;
        const std::optional<std::size_t> at = customerIndex(snapshot, ids, o);
        if (!at)
            return false;
        RfmTotals& t = totals[*at];
        if (t.orders == 0 || order.day > t.lastDay)
            t.lastDay = order.day;
        ++t.orders;
        t.revenue += order.revenue;
    }
    return true;
}

/// The customers of the snapshot's orders, ascending.
std::vector<qint64> customersOfOrders(const OrderSnapshot& snapshot) {
    std::vector<qint64> ids;
    for (const SnapshotOrder& order : snapshot.orders) {
        if (order.customerId != 0)
            ids.push_back(order.customerId);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

SnapshotRfm SnapshotRfm::compute(const OrderSnapshot& snapshot, const QDate& asOf) {
    SnapshotRfm rfm;
    const qint64 asOfDay = asOf.toJulianDay();
    std::vector<RfmTotals> totals;
    if (!totalUp(snapshot, snapshot.customerIds, asOfDay, totals)) {
        rfm.m_ownIds = customersOfOrders(snapshot);
        totalUp(snapshot, rfm.m_ownIds, asOfDay, totals);
    }
    const std::span<const qint64> ids = rfm.customerIds(snapshot);
    std::vector<RfmInput> inputs;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const RfmTotals& t = totals[i];
        if (t.orders > 0)
            inputs.push_back({ids[i], asOfDay - t.lastDay, t.orders, t.revenue});
    }
    const std::vector<RfmScore> scores = scoreRfm(inputs);
    rfm.m_packed.assign(ids.size(), 0);
    std::size_t next = 0;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (totals[i].orders == 0)
            continue;
        const RfmScore& score = scores[next++];
        rfm.m_packed[i] = packed(
            score, rfmSegmentFor(score.recency, rfmFmScore(score.frequency, score.monetary)));
    }
    rfm.m_assigned = scores.size();
    return rfm;
}

std::span<const qint64> SnapshotRfm::customerIds(const OrderSnapshot& snapshot) const {
    if (m_ownIds.empty())
        return snapshot.customerIds;
    return m_ownIds;
}

std::optional<RfmSegment> SnapshotRfm::segmentAt(std::size_t index) const {
    const std::uint16_t p = m_packed[index];
    if (p == 0)
        return std::nullopt;
    return static_cast<RfmSegment>(p >> kSegmentShift);
}

std::optional<RfmScore> SnapshotRfm::scoreAt(std::size_t index, qint64 customerId) const {
    const unsigned p = m_packed[index];
    if (p == 0)
        return std::nullopt;
    return RfmScore{customerId, static_cast<int>(p & kScoreMask),
                    static_cast<int>(p >> kScoreBits & kScoreMask),
                    static_cast<int>(p >> 2 * kScoreBits & kScoreMask)};
}

std::array<qint64, 11> SnapshotRfm::segmentCounts() const {
    std::array<qint64, 11> counts{};
    for (const std::uint16_t p : m_packed) {
        if (p != 0)
            ++counts[static_cast<std::size_t>(p >> kSegmentShift)];
    }
    return counts;
}

} // namespace pvi
