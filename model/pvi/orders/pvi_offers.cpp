#include "pvi/orders/pvi_offers.h"

#include "pvi/engine/metric_support.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace pvi {

namespace {

/// Receiver → the first day from which their offer-code orders count.
using Receivers = std::unordered_map<qint64, qint64>;

Receivers emailReceivers(const OfferFacts& offers, const DayRange& range) {
    Receivers receivers;
    for (const OfferReceipt& receipt : offers.receipts) {
        if (receipt.day >= range.from && receipt.day <= range.to)
            receivers.try_emplace(receipt.customerId, receipt.day); // by day: the first stays
    }
    return receivers;
}

Receivers exposedCustomers(const OrderSnapshot& snapshot, const DayRange& range) {
    Receivers receivers;
    for (const PeriodCustomer& c : customersIn(snapshot, range)) {
        if (c.exposed)
            receivers.emplace(c.customer->id, range.from);
    }
    return receivers;
}

bool anyCampaignIn(const OfferFacts& offers, const DayRange& range) {
    return std::any_of(offers.campaignDays.begin(), offers.campaignDays.end(),
                       [&](qint64 day) { return day >= range.from && day <= range.to; });
}

} // namespace

PviResult offerRedemptionRate(const OrderSnapshot& snapshot, const OfferFacts& offers,
                              const Period& period) {
    const QString id = QStringLiteral("offer_redemption_rate");
    if (!offers.anyCodeRule)
        return unavailable(id, QStringLiteral("add a personalization rule for your offer codes "
                                              "(e.g. pvi rules add WS.pvi --kind "
                                              "discount-code-prefix --pattern FORYOU) to see "
                                              "this"));
    const DayRange range = DayRange::of(period);
    Receivers receivers = emailReceivers(offers, range);
    PviResult result;
    result.id = id;
    if (!receivers.empty()) {
        result.summary = QStringLiteral("Receivers are the customers who got an e-mail campaign "
                                        "naming an offer code in the period.");
    } else {
        receivers = exposedCustomers(snapshot, range);
        result.summary =
            anyCampaignIn(offers, range)
                ? QStringLiteral("The period's campaigns naming an offer code have no "
                                 "per-recipient activity: receivers are the personalized "
                                 "customers who ordered in the period.")
                : QStringLiteral("No e-mail campaign of the period names an offer code: "
                                 "receivers are the personalized customers who ordered in the "
                                 "period.");
    }
    if (receivers.empty()) {
        result.summary.clear();
        result.reason = QCoreApplication::translate(
            "pvi::PviReason", "nobody received a personalized offer in the period: "
                              "import an e-mail campaign export whose subject names "
                              "the offer code, with its per-recipient activity, or "
                              "orders that use an offer code");
        return result;
    }
    qint64 redemptions = 0;
    double revenue = 0;
    std::unordered_set<qint64> redeemers;
    for (const OfferOrder& order : offers.orders) {
        const auto it = receivers.find(order.customerId);
        if (order.day < range.from || order.day > range.to || it == receivers.end() ||
            order.day < it->second)
            continue;
        ++redemptions;
        revenue += order.revenue;
        redeemers.insert(order.customerId);
    }
    const auto receiverCount = static_cast<qint64>(receivers.size());
    result.available = true;
    result.n = receiverCount;
    result.value = static_cast<double>(redemptions) / static_cast<double>(receiverCount) * 100.0;
    result.splitReason = QStringLiteral("not split: every order with an offer code is "
                                        "personalized");
    result.segments.push_back({QStringLiteral("revenue"),
                               QStringLiteral("Revenue of the redeeming orders"),
                               revenue,
                               redemptions,
                               {},
                               {}});
    result.segments.push_back(
        {QStringLiteral("redeeming_customers"),
         QStringLiteral("Receivers who redeemed (%)"),
         static_cast<double>(redeemers.size()) / static_cast<double>(receiverCount) * 100.0,
         receiverCount,
         {},
         {}});
    return result;
}

} // namespace pvi
