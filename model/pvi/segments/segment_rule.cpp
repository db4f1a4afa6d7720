#include "pvi/segments/segment_rule.h"

namespace pvi {

namespace {

bool compareRuleNumber(double actual, RuleOp op, double wanted) {
    switch (op) {
    case RuleOp::Less:
        return actual < wanted;
    case RuleOp::LessOrEqual:
        return actual <= wanted;
    case RuleOp::Greater:
        return actual > wanted;
    case RuleOp::GreaterOrEqual:
        return actual >= wanted;
    case RuleOp::Equal:
        return actual == wanted;
    case RuleOp::NotEqual:
        return actual != wanted;
    }
    return false;
}

/// = : the set holds the value (case-insensitive); != : it does not.
bool compareRuleSet(const QStringList& values, RuleOp op, const QString& wanted) {
    const bool has = values.contains(wanted, Qt::CaseInsensitive);
    return op == RuleOp::NotEqual ? !has : has;
}

/// A survey condition matches the answer or "question: answer".
bool hasSurveyAnswer(const QStringList& answers, const QString& wanted) {
    for (const QString& answer : answers) {
        const qsizetype colon = answer.lastIndexOf(QStringLiteral(": "));
        if (answer.compare(wanted, Qt::CaseInsensitive) == 0 ||
            (colon >= 0 && answer.mid(colon + 2).compare(wanted, Qt::CaseInsensitive) == 0))
            return true;
    }
    return false;
}

/// A date or number condition on a value the customer may not have (no orders): false.
bool compareRuleOptional(const std::optional<qint64>& actual, RuleOp op, double wanted) {
    return actual && compareRuleNumber(static_cast<double>(*actual), op, wanted);
}

bool matchesCondition(const RuleCondition& c, const RuleFacts& facts) {
    const QString& f = c.field;
    if ((f == u"spend" || f == u"orders") && c.windowDays > 0) {
        const auto [spend, orders] = facts.window(c.windowDays);
        return compareRuleNumber(f == u"spend" ? spend : static_cast<double>(orders), c.op,
                                 c.number);
    }
    if (f == u"spend")
        return compareRuleNumber(facts.spend, c.op, c.number);
    if (f == u"orders")
        return compareRuleNumber(static_cast<double>(facts.orders), c.op, c.number);
    if (f == u"recency")
        return facts.lastOrderDay &&
               compareRuleNumber(static_cast<double>(facts.asOfDay - *facts.lastOrderDay), c.op,
                                 c.number);
    if (f == u"r" || f == u"f" || f == u"m") {
        const int score = f == u"r" ? facts.r : (f == u"f" ? facts.f : facts.m);
        return score > 0 && compareRuleNumber(score, c.op, c.number);
    }
    if (f == u"last_order")
        return compareRuleOptional(facts.lastOrderDay, c.op, c.number);
    if (f == u"first_order")
        return compareRuleOptional(facts.firstOrderDay, c.op, c.number);
    if (f == u"tag")
        return compareRuleSet(facts.customerTags + facts.orderTags, c.op, c.text);
    if (f == u"customer_tag")
        return compareRuleSet(facts.customerTags, c.op, c.text);
    if (f == u"order_tag")
        return compareRuleSet(facts.orderTags, c.op, c.text);
    if (f == u"list")
        return compareRuleSet(facts.lists, c.op, c.text);
    if (f == u"email_group")
        return compareRuleSet(facts.emailGroups, c.op, c.text);
    if (f == u"survey") {
        const bool has = hasSurveyAnswer(facts.surveyAnswers, c.text);
        return c.op == RuleOp::NotEqual ? !has : has;
    }
    if (f == u"country" || f == u"region") {
        const QString& value = f == u"country" ? facts.country : facts.region;
        const bool same = value.compare(c.text, Qt::CaseInsensitive) == 0;
        return c.op == RuleOp::NotEqual ? !same : same;
    }
    if (f == u"consent")
        return facts.consent && compareRuleNumber(*facts.consent ? 1 : 0, c.op, c.number);
    if (f == u"exposed")
        return compareRuleNumber(facts.exposed ? 1 : 0, c.op, c.number);
    return false;
}

} // namespace

bool matchesRule(const RuleNode& rule, const RuleFacts& facts) {
    switch (rule.kind) {
    case RuleNode::Kind::And:
        for (const RuleNode& child : rule.children)
            if (!matchesRule(child, facts))
                return false;
        return true;
    case RuleNode::Kind::Or:
        for (const RuleNode& child : rule.children)
            if (matchesRule(child, facts))
                return true;
        return false;
    case RuleNode::Kind::Not:
        return !rule.children.empty() && !matchesRule(rule.children.front(), facts);
    case RuleNode::Kind::Condition:
        return matchesCondition(rule.condition, facts);
    }
    return false;
}

} // namespace pvi
