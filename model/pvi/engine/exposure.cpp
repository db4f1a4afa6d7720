#include "pvi/engine/exposure.h"

#include "pvi/engine/shared_texts.h"
#include "pvi/orders/order_snapshot.h"

#include <algorithm>

namespace pvi {

bool matchesAnyRule(const RuleOrderFields& order, const std::vector<PersonalizationRule>& rules) {
    return std::any_of(rules.begin(), rules.end(), [&](const PersonalizationRule& rule) {
        return PersonalizationRules::matchesOrder(rule, order);
    });
}

namespace {

/// The memo of OrderRuleMatcher stops growing at this many combinations (a shop whose every
/// order is tagged differently gains nothing from it).
constexpr std::size_t kMatchMemoLimit = 100000;

QString text(std::string_view utf8) {
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

} // namespace

OrderRuleMatcher::OrderRuleMatcher(const std::vector<PersonalizationRule>& rules) {
    for (const PersonalizationRule& rule : rules) {
        if (rule.kind == QLatin1String("discount-code-prefix"))
            m_codeRules.push_back(rule);
        else if (rule.kind == QLatin1String("experiment-arm"))
            m_armRules.push_back(rule);
        else
            m_textRules.push_back(rule);
    }
}

bool OrderRuleMatcher::matches(std::string_view tags, std::string_view code,
                               std::string_view utmCampaign, std::string_view lists,
                               const std::function<QStringList()>& arms) {
    if (!m_textRules.empty() && textsMatch(tags, utmCampaign, lists))
        return true;
    if (!m_codeRules.empty() && !code.empty()) {
        RuleOrderFields order;
        order.discountCode = text(code);
        if (matchesAnyRule(order, m_codeRules))
            return true;
    }
    if (!m_armRules.empty()) {
        RuleOrderFields order;
        order.experimentArms = arms();
        return matchesAnyRule(order, m_armRules);
    }
    return false;
}

bool OrderRuleMatcher::textsMatch(std::string_view tags, std::string_view utmCampaign,
                                  std::string_view lists) {
    m_key.clear();
    for (const std::string_view t : {tags, utmCampaign, lists})
        appendKeyText(m_key, t);
    if (const auto it = m_memo.find(m_key); it != m_memo.end())
        return it->second;
    RuleOrderFields order;
    order.tags = text(tags);
    order.utmCampaign = text(utmCampaign);
    order.customerLists = text(lists).split(QChar(31), Qt::SkipEmptyParts);
    const bool matched = matchesAnyRule(order, m_textRules);
    if (m_memo.size() < kMatchMemoLimit)
        m_memo.emplace(m_key, matched);
    return matched;
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
