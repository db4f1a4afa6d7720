#include "pvi/orders/pvi_segment_conversion.h"

#include "pvi/engine/metric_support.h"
#include "pvi/orders/pvi_segments.h"

#include <QCoreApplication>

#include <array>

namespace pvi {

namespace {

constexpr std::size_t kSegmentCount = kAllRfmSegments.size();

/// Converted customers or deliveries: all, personalized and generic.
struct ConversionCounts {
    ProportionSummary all, personalized, control;

    void add(bool personalizedUnit, bool converted) {
        const ProportionSummary one{1, converted ? 1 : 0};
        all = all + one;
        (personalizedUnit ? personalized : control) =
            (personalizedUnit ? personalized : control) + one;
    }
};

std::optional<double> percentOf(const ProportionSummary& p) {
    return p.n > 0 ? std::optional<double>(p.rate() * 100.0) : std::nullopt;
}

SegmentValue conversionLine(const QString& id, const QString& name, const ConversionCounts& c,
                            bool split) {
    SegmentValue line{id, name, percentOf(c.all), c.all.n, {}, {}};
    if (split) {
        line.personalized = {percentOf(c.personalized), c.personalized.n};
        line.control = {percentOf(c.control), c.control.n};
    }
    return line;
}

/// The e-mail lines: deliveries of the period to customers with a segment, per segment.
void addEmailLines(PviResult& result, const EmailFacts& email, const Period& period,
                   const RfmSegmentLookup& segmentOf) {
    if (!email.anyValidOrders)
        return;
    std::array<ConversionCounts, kSegmentCount> bySegment;
    ConversionCounts all;
    for (const EmailDelivery& d : email.deliveriesIn(period)) {
        const std::optional<RfmSegment> segment =
            d.customerId != 0 ? segmentOf.of(d.customerId) : std::nullopt;
        if (!segment)
            continue;
        bySegment[static_cast<std::size_t>(*segment)].add(d.personalized, d.converted);
        all.add(d.personalized, d.converted);
    }
    if (all.all.n == 0)
        return;
    for (std::size_t i = 0; i < kSegmentCount; ++i) {
        const RfmSegment segment = kAllRfmSegments[i];
        result.segments.push_back(
            conversionLine(QStringLiteral("email_") + rfmSegmentId(segment),
                           rfmSegmentName(segment) + QStringLiteral(": e-mail-to-order conversion"),
                           bySegment[i], true));
    }
    result.segments.push_back(
        conversionLine(QStringLiteral("email_all_segments"),
                       QStringLiteral("All segments: e-mail-to-order conversion"), all, true));
}

} // namespace

PviResult segmentConversionRate(const OrderSnapshot& snapshot, const EmailFacts& email,
                                const Period& period) {
    PviResult result;
    result.id = QStringLiteral("segment_conversion_rate");
    const RfmSegmentLookup segmentOf(snapshot, period.from.addDays(-1));
    if (segmentOf.empty()) {
        result.reason = QCoreApplication::translate(
            "pvi::PviReason", "no customer had a valid order before the period");
        return result;
    }
    const DayRange range = DayRange::of(period);
    std::array<ConversionCounts, kSegmentCount> bySegment;
    ConversionCounts all;
    segmentOf.forEach([&](qint64 customerId, RfmSegment segment) {
        const SnapshotCustomer& customer = snapshot.customers.at(customerId);
        const bool converted = customer.ordersBetween(range.from, range.to) > 0;
        const bool exposed = customer.exposedBy(range.to);
        bySegment[static_cast<std::size_t>(segment)].add(exposed, converted);
        all.add(exposed, converted);
    });
    result.available = true;
    result.n = all.all.n;
    result.value = all.all.rate() * 100.0;
    result.splitReason = splitUnavailableReason(snapshot);
    const bool split = result.splitReason.isEmpty();
    if (split)
        applyRateSplit(result, all.personalized, all.control);
    for (std::size_t i = 0; i < kSegmentCount; ++i) {
        const RfmSegment segment = kAllRfmSegments[i];
        result.segments.push_back(
            conversionLine(rfmSegmentId(segment), rfmSegmentName(segment), bySegment[i], split));
    }
    addEmailLines(result, email, period, segmentOf);
    return result;
}

} // namespace pvi
