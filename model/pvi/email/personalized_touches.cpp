#include "pvi/email/personalized_touches.h"

#include "pvi/engine/shared_texts.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QString>

#include <algorithm>

namespace pvi {

namespace {

const QString& campaignNameKind() {
    static const QString kind = QStringLiteral("campaign-name");
    return kind;
}

bool aRuleNamesIt(const std::vector<PersonalizationRule>& rules, std::string_view utf8) {
    const QString text = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
    return std::any_of(rules.begin(), rules.end(), [&](const PersonalizationRule& rule) {
        return rule.kind == campaignNameKind() && text.contains(rule.pattern, Qt::CaseInsensitive);
    });
}

} // namespace

PersonalizedTouches::PersonalizedTouches(const std::vector<PersonalizationRule>& rules)
    : m_rules(rules)
    , m_active(std::any_of(rules.begin(), rules.end(), [](const PersonalizationRule& rule) {
        return rule.kind == campaignNameKind();
    })) {}

bool PersonalizedTouches::personalized(std::string_view minName, std::string_view maxName) {
    if (m_lastKnown && minName == m_lastMin && maxName == m_lastMax)
        return m_lastPersonalized;
    m_key.clear();
    appendKeyText(m_key, minName);
    appendKeyText(m_key, maxName);
    auto it = m_byNames.find(m_key);
    if (it == m_byNames.end())
        it = m_byNames
                 .emplace(m_key, aRuleNamesIt(m_rules, minName) || aRuleNamesIt(m_rules, maxName))
                 .first;
    m_lastMin = minName;
    m_lastMax = maxName;
    m_lastKnown = true;
    m_lastPersonalized = it->second;
    return it->second;
}

void PersonalizedTouches::setNames(std::string_view minName, std::string_view maxName) {
    if (m_active)
        personalized(minName, maxName);
}

void PersonalizedTouches::add(qint64 customerId, qint64 firstDay) {
    if (!m_active || customerId == 0 || !m_lastPersonalized)
        return;
    const auto [it, inserted] = m_days.try_emplace(customerId, firstDay);
    if (!inserted && firstDay < it->second)
        it->second = firstDay;
}

PersonalizedTouches::Days PersonalizedTouches::load(Workspace& workspace,
                                                    const std::vector<PersonalizationRule>& rules) {
    PersonalizedTouches touches(rules);
    if (!touches.active())
        return {};
    Statement rows = workspace.db().prepare(
        "SELECT d.customer_id, lo.name, hi.name, d.first_day FROM email_deliveries d "
        "JOIN email_fact_names lo ON lo.name_no = d.min_name_no "
        "JOIN email_fact_names hi ON hi.name_no = d.max_name_no WHERE d.customer_id IS NOT NULL");
    while (rows.step()) {
        touches.setNames(rows.columnUtf8(1), rows.columnUtf8(2));
        touches.add(rows.columnInt64(0), rows.columnInt64(3));
    }
    return touches.takeDays();
}

} // namespace pvi
