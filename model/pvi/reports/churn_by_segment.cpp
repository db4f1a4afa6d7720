#include "pvi/reports/churn_by_segment.h"

#include "analytics/rfm/rfm_segment_map.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi/orders/pvi_segments.h"

#include <array>

namespace pvi {

namespace {

struct Mean {
    double sum = 0;
    qint64 n = 0;
    void add(double v) {
        sum += v;
        ++n;
    }
    GroupValue value() const {
        return {n > 0 ? std::optional<double>(sum / double(n)) : std::nullopt, n};
    }
};

struct SegmentMeans {
    Mean all, exposed, unexposed;
};

} // namespace

std::vector<SegmentValue> churnRiskBySegment(const std::vector<CustomerClvPrediction>& customers,
                                             const OrderSnapshot& snapshot, const QDate& asOf) {
    const RfmSegmentLookup segmentOf(snapshot, asOf);
    const qint64 day = asOf.toJulianDay();
    std::array<SegmentMeans, kAllRfmSegments.size()> means{};
    for (const CustomerClvPrediction& c : customers) {
        bool ok = false;
        const qint64 id = c.id.toLongLong(&ok);
        const std::optional<RfmSegment> segment = ok ? segmentOf.of(id) : std::nullopt;
        // One-time buyers have P(alive) = 1 by the model's construction: left out.
        if (!segment || c.repeatPurchases <= 0)
            continue;
        SegmentMeans& m = means[static_cast<std::size_t>(*segment)];
        const double risk = 1.0 - c.pAlive;
        m.all.add(risk);
        const auto customer = snapshot.customers.find(id);
        const bool exposed =
            customer != snapshot.customers.end() && customer->second.exposedBy(day);
        (exposed ? m.exposed : m.unexposed).add(risk);
    }
    std::vector<SegmentValue> rows;
    for (const RfmSegment segment : kAllRfmSegments) {
        const SegmentMeans& m = means[static_cast<std::size_t>(segment)];
        if (m.all.n == 0)
            continue;
        SegmentValue row;
        row.id = rfmSegmentId(segment);
        row.name = rfmSegmentName(segment);
        row.value = m.all.value().value;
        row.n = m.all.n;
        if (snapshot.hasRules) {
            row.personalized = m.exposed.value();
            row.control = m.unexposed.value();
        }
        rows.push_back(row);
    }
    return rows;
}

} // namespace pvi
