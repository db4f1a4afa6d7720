#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace pvi {

class Workspace;

/// One stored personalization rule: what kind of thing it matches and the pattern it looks for.
struct PersonalizationRule {
    qint64 id = 0;
    QString kind;
    QString pattern;
    QString createdAt;
};

/// The order fields a rule can look at (one valid order).
struct RuleOrderFields {
    QString tags;              ///< comma-separated order tags as exported
    QString discountCode;      ///< the discount code(s) used, empty when none
    QString utmCampaign;       ///< the order's UTM campaign, empty when none
    QStringList customerLists; ///< the imported customer lists its customer belongs to
    /// The treatment arms its customer was assigned to, as "EXPERIMENT/ARM", for experiments
    /// that had started by the order's date.
    QStringList experimentArms;
};

/// The personalization rules stored in a workspace, and the kinds of rule the app knows.
class PersonalizationRules {
public:
    /// All rules, oldest first.
    static std::vector<PersonalizationRule> list(Workspace& workspace);
    /// Stores a rule; false with a message for an unknown kind, an empty or duplicate pattern.
    static bool add(Workspace& workspace, const QString& kind, const QString& pattern,
                    QString* error);
    /// Deletes a rule by id; false with a message when there is no such rule.
    static bool remove(Workspace& workspace, qint64 id, QString* error);
    /// The ids of the known kinds, e.g. "order-tag", "discount-code-prefix".
    static QStringList kinds();
    /// A one-line description of a kind for usage texts; empty for an unknown kind.
    static QString describeKind(const QString& kind);
    /// The trimmed, non-empty patterns of the rules of one kind, in lower case.
    static QStringList patternsOf(const std::vector<PersonalizationRule>& rules,
                                  const QString& kind);
    /// Whether the rule matches the order (false for kinds that do not look at orders).
    static bool matchesOrder(const PersonalizationRule& rule, const RuleOrderFields& order);
};

} // namespace pvi
