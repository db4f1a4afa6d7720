#include "analytics/attribution/order_journey_builder.h"

#include <algorithm>
#include <map>

namespace pvi {

namespace {

QString paddedKey(const char* prefix, qint64 id) {
    return QStringLiteral("%1:%2").arg(QLatin1String(prefix)).arg(id, 12, 10, QLatin1Char('0'));
}

Touch clickTouch(const EmailClickSource& click) {
    return {QStringLiteral("Email"), click.at, click.personalized};
}

} // namespace

std::vector<Journey> buildOrderJourneys(std::vector<OrderTouchSource> orders,
                                        std::vector<EmailClickSource> clicks, int lookbackDays) {
    std::stable_sort(orders.begin(), orders.end(), [](const auto& a, const auto& b) {
        return a.at != b.at ? a.at < b.at : a.orderId < b.orderId;
    });
    std::stable_sort(clicks.begin(), clicks.end(),
                     [](const auto& a, const auto& b) { return a.at < b.at; });

    std::map<qint64, std::vector<const EmailClickSource*>> clicksOf;
    std::map<QString, Journey> journeys;
    for (const EmailClickSource& click : clicks) {
        if (click.customerId > 0) {
            clicksOf[click.customerId].push_back(&click);
            continue;
        }
        const QString key = QStringLiteral("email:") + click.email;
        Journey& journey = journeys[key];
        journey.key = key;
        journey.touches.push_back(clickTouch(click));
    }

    std::map<qint64, std::size_t> nextClick; // per customer: first click not yet used
    const qint64 lookbackSeconds = qint64(lookbackDays) * 86400;
    for (const OrderTouchSource& order : orders) {
        Journey journey;
        journey.key = paddedKey("order", order.orderId);
        journey.converted = true;
        journey.convertedAt = order.at;
        journey.value = order.value;
        if (order.customerId > 0) {
            const auto found = clicksOf.find(order.customerId);
            if (found != clicksOf.end()) {
                std::size_t& next = nextClick[order.customerId];
                const auto& list = found->second;
                for (; next < list.size() && list[next]->at <= order.at; ++next) {
                    if (list[next]->at.secsTo(order.at) <= lookbackSeconds)
                        journey.touches.push_back(clickTouch(*list[next]));
                }
            }
        }
        journey.touches.push_back({order.channel, order.at, order.personalized});
        journeys[journey.key] = std::move(journey);
    }

    for (const auto& [customerId, list] : clicksOf) {
        const auto used = nextClick.find(customerId);
        const std::size_t first = used == nextClick.end() ? 0 : used->second;
        if (first >= list.size())
            continue;
        Journey journey;
        journey.key = paddedKey("customer", customerId);
        for (std::size_t i = first; i < list.size(); ++i)
            journey.touches.push_back(clickTouch(*list[i]));
        journeys[journey.key] = std::move(journey);
    }

    std::vector<Journey> result;
    result.reserve(journeys.size());
    for (auto& entry : journeys)
        result.push_back(std::move(entry.second));
    return result;
}

} // namespace pvi
