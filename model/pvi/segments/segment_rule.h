#pragma once
// The rule language of user-defined segments: conditions on a customer's spend, orders, last
// order, RFM scores, tags, country, region, consent, exposure and lists, joined with AND, OR, NOT
// and parentheses, e.g.
//     spend_last_90d > 200 AND consent = yes
//     (tag = wholesale OR tag = "b2b") AND NOT country = US
// Rules are workspace content and untrusted: they are parsed here and evaluated in C++, never
// turned into SQL. See docs/segments-and-cohorts.md for the fields and operators.

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace pvi {

enum class RuleOp { Less, LessOrEqual, Greater, GreaterOrEqual, Equal, NotEqual };

struct RuleCondition {
    QString field; ///< canonical field name, e.g. "spend", "tag"
    RuleOp op = RuleOp::Equal;
    QString text;       ///< text value, lower case (tags, country, lists, ...)
    double number = 0;  ///< numeric value; dates as Julian days; booleans as 0/1
    int windowDays = 0; ///< N of spend_last_Nd / orders_last_Nd; 0 for all history
};

struct RuleNode {
    enum class Kind { And, Or, Not, Condition };
    Kind kind = Kind::Condition;
    std::vector<RuleNode> children;
    RuleCondition condition;
};

struct RuleParse {
    std::optional<RuleNode> rule;
    QString error;    ///< "position 7: ..." when the text is not a rule
    int position = 0; ///< 1-based character position of the error
};

/// Parses a rule; on an error names the position and what was expected there.
RuleParse parseSegmentRule(const QString& text);

/// The facts of one customer as of a day that a rule looks at.
struct RuleFacts {
    double spend = 0;
    qint64 orders = 0;
    std::optional<qint64> lastOrderDay;  ///< Julian day
    std::optional<qint64> firstOrderDay; ///< Julian day
    qint64 asOfDay = 0;
    int r = 0, f = 0, m = 0; ///< RFM scores as of the day (0 without orders)
    bool exposed = false;
    std::optional<bool> consent;
    QStringList customerTags, orderTags, lists, emailGroups, surveyAnswers;
    QString country, region;
    /// spend and orders in the `days` days ending with the as-of day
    std::function<std::pair<double, qint64>(int days)> window;
};

/// Whether the customer with these facts is in the rule's segment.
bool matchesRule(const RuleNode& rule, const RuleFacts& facts);

} // namespace pvi
