#include "pvi/engine/exposure.h"

#include <algorithm>
#include <numeric>

namespace pvi {

bool Exposure::customerExposedBy(qint64 customerId, const QDate& day) const {
    const auto it = customerExposedOn.find(customerId);
    return it != customerExposedOn.end() && it->second <= day;
}

Exposure computeExposure(const std::vector<ExposureOrder>& orders,
                         const std::vector<PersonalizationRule>& rules) {
    Exposure exposure;
    exposure.matchesRule.assign(orders.size(), false);
    exposure.orderExposed.assign(orders.size(), false);
    for (std::size_t i = 0; i < orders.size(); ++i) {
        exposure.matchesRule[i] =
            std::any_of(rules.begin(), rules.end(), [&](const PersonalizationRule& rule) {
                return PersonalizationRules::matchesOrder(rule, orders[i].fields);
            });
    }

    // Walk each customer's orders in sequence: exposed from the first matching one on.
    std::vector<std::size_t> sequence(orders.size());
    std::iota(sequence.begin(), sequence.end(), std::size_t{0});
    std::sort(sequence.begin(), sequence.end(), [&](std::size_t a, std::size_t b) {
        const ExposureOrder& x = orders[a];
        const ExposureOrder& y = orders[b];
        if (x.customerId != y.customerId)
            return x.customerId < y.customerId;
        if (x.date != y.date)
            return x.date < y.date;
        if (x.createdAt != y.createdAt)
            return x.createdAt < y.createdAt;
        return x.orderId < y.orderId;
    });
    qint64 currentCustomer = -1;
    bool exposed = false;
    for (std::size_t index : sequence) {
        const ExposureOrder& order = orders[index];
        if (order.customerId == 0) {
            exposure.orderExposed[index] = exposure.matchesRule[index];
            continue;
        }
        if (order.customerId != currentCustomer) {
            currentCustomer = order.customerId;
            exposed = false;
        }
        if (!exposed && exposure.matchesRule[index]) {
            exposed = true;
            exposure.customerExposedOn.emplace(order.customerId, order.date);
        }
        exposure.orderExposed[index] = exposed;
    }
    return exposure;
}

} // namespace pvi
