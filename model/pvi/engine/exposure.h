#pragma once

#include "pvi/engine/personalization_rules.h"

#include <QDate>
#include <QString>

#include <unordered_map>
#include <vector>

namespace pvi {

/// One valid order as exposure sees it.
struct ExposureOrder {
    qint64 orderId = 0;
    qint64 customerId = 0; ///< 0 when the order has no customer
    QDate date;            ///< the shop's local date
    QString createdAt;     ///< the export's timestamp, orders same-day orders
    RuleOrderFields fields;
};

/// Who is personalized, as the PVIs of docs/pvi-catalogue.md split their customers.
///
/// Order level: an order is exposed when it matches a rule or was placed by an already-exposed
/// customer. A customer is exposed from their first rule-matching order on, that order
/// included; a customer's orders are put in sequence by (date, createdAt, order id).
/// Customer level: a customer is exposed by day D when their first rule-matching order is dated
/// on or before D. Orders without a customer are exposed only when they match a rule.
struct Exposure {
    std::vector<bool> matchesRule;                       ///< per input order, in input order
    std::vector<bool> orderExposed;                      ///< per input order, in input order
    std::unordered_map<qint64, QDate> customerExposedOn; ///< first matching order's date

    /// Whether the customer's first personalized order is dated on or before `day`.
    bool customerExposedBy(qint64 customerId, const QDate& day) const;
};

/// Order-level and customer-level exposure of the given valid orders under the rules.
Exposure computeExposure(const std::vector<ExposureOrder>& orders,
                         const std::vector<PersonalizationRule>& rules);

} // namespace pvi
