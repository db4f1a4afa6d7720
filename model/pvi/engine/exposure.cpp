#include "pvi/engine/exposure.h"

#include "pvi/orders/order_snapshot.h"

#include <algorithm>

namespace pvi {

bool matchesAnyRule(const RuleOrderFields& order, const std::vector<PersonalizationRule>& rules) {
    return std::any_of(rules.begin(), rules.end(), [&](const PersonalizationRule& rule) {
        return PersonalizationRules::matchesOrder(rule, order);
    });
}

std::unordered_map<qint64, qint64> applyExposure(std::vector<SnapshotOrder>& orders,
                                                 const std::vector<std::size_t>& sequence) {
    // Walk each customer's orders in sequence: exposed from the first matching one on.
    std::unordered_map<qint64, qint64> exposedOn;
    const std::size_t count = sequence.empty() ? orders.size() : sequence.size();
    for (std::size_t i = 0; i < count; ++i) {
        SnapshotOrder& order = orders[sequence.empty() ? i : sequence[i]];
        if (order.customerId == 0) {
            order.exposed = order.matchesRule;
            continue;
        }
        if (order.matchesRule)
            exposedOn.try_emplace(order.customerId, order.day);
        order.exposed = order.matchesRule || exposedOn.count(order.customerId) > 0;
    }
    return exposedOn;
}

} // namespace pvi
