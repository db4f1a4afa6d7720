#pragma once

#include "pvi/engine/personalization_rules.h"

#include <QtGlobal>

#include <cstddef>
#include <unordered_map>
#include <vector>

namespace pvi {

struct SnapshotOrder;

/// Who is personalized, as the PVIs of docs/pvi-catalogue.md split their customers.
///
/// Order level: an order is exposed when it matches a rule or was placed by an already-exposed
/// customer. A customer is exposed from their first rule-matching order on, that order
/// included; a customer's orders are put in sequence by (date, createdAt, order id).
/// Customer level: a customer is exposed by day D when their first rule-matching order is dated
/// on or before D. Orders without a customer are exposed only when they match a rule.

/// Whether any of the rules matches the order.
bool matchesAnyRule(const RuleOrderFields& order, const std::vector<PersonalizationRule>& rules);

/// Sets every order's `exposed` from its `matchesRule` and returns each exposed customer's day
/// of first personalized order. `sequence` lists indices into `orders` so that each customer's
/// orders come in sequence; empty when `orders` already are in sequence.
std::unordered_map<qint64, qint64> applyExposure(std::vector<SnapshotOrder>& orders,
                                                 const std::vector<std::size_t>& sequence);

} // namespace pvi
