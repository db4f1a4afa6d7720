#pragma once

#include "pvi/engine/personalization_rules.h"

#include <QtGlobal>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
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

/// matchesAnyRule() over orders read as stored, for reading hundreds of thousands of them. Each
/// rule reads one field of the order, so the rules on its tags, UTM campaign and customer lists
/// are worked out once per distinct combination of those texts (a shop repeats a few); discount
/// codes, often one per order, and experiment arms, which depend on the customer and the day,
/// are matched order by order, and only when a rule reads them.
class OrderRuleMatcher {
public:
    explicit OrderRuleMatcher(const std::vector<PersonalizationRule>& rules);

    /// The texts as stored (lists joined by U+001F); `arms` gives the customer's treatment arms,
    /// asked only when a rule reads them.
    bool matches(std::string_view tags, std::string_view code, std::string_view utmCampaign,
                 std::string_view lists, const std::function<QStringList()>& arms);

private:
    bool textsMatch(std::string_view tags, std::string_view utmCampaign, std::string_view lists);

    std::vector<PersonalizationRule> m_textRules, m_codeRules, m_armRules;
    std::unordered_map<std::string, bool> m_memo;
    std::string m_key;
};

/// Sets every order's `exposed` from its `matchesRule` and returns each exposed customer's day
/// of first personalized order. `sequence` lists indices into `orders` so that each customer's
/// orders come in sequence; empty when `orders` already are in sequence.
std::unordered_map<qint64, qint64> applyExposure(std::vector<SnapshotOrder>& orders,
                                                 const std::vector<std::size_t>& sequence);

} // namespace pvi
