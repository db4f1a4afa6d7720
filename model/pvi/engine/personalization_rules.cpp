#include "pvi/engine/personalization_rules.h"

#include "store/db_error.h"
#include "store/workspace.h"

#include <QDateTime>

#include <algorithm>
#include <iterator>

namespace pvi {

namespace {

using OrderMatcher = bool (*)(const QString& pattern, const RuleOrderFields& order);

/// One kind of rule: its id, what it matches, and how it matches an order (null when the kind
/// is about something other than orders, e.g. email campaigns).
struct RuleKind {
    const char* id;
    const char* description;
    OrderMatcher matchOrder;
};

bool orderHasTag(const QString& pattern, const RuleOrderFields& order) {
    const QString wanted = pattern.trimmed();
    const QStringList tags = order.tags.split(u',');
    return std::any_of(tags.begin(), tags.end(), [&](const QString& tag) {
        return tag.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

bool discountCodeHasPrefix(const QString& pattern, const RuleOrderFields& order) {
    const QString code = order.discountCode.trimmed();
    return !code.isEmpty() && code.startsWith(pattern.trimmed(), Qt::CaseInsensitive);
}

bool utmCampaignContains(const QString& pattern, const RuleOrderFields& order) {
    return !order.utmCampaign.isEmpty() &&
           order.utmCampaign.contains(pattern.trimmed(), Qt::CaseInsensitive);
}

bool customerInList(const QString& pattern, const RuleOrderFields& order) {
    return order.customerLists.contains(pattern.trimmed(), Qt::CaseInsensitive);
}

bool customerInTreatmentArm(const QString& pattern, const RuleOrderFields& order) {
    // "EXPERIMENT/ARM" names one treatment arm; "EXPERIMENT" alone any of its treatment arms.
    const QString wanted = pattern.trimmed();
    return std::any_of(
        order.experimentArms.begin(), order.experimentArms.end(), [&](const QString& entry) {
            if (entry.compare(wanted, Qt::CaseInsensitive) == 0)
                return true;
            const qsizetype slash = entry.lastIndexOf(u'/');
            return slash > 0 && entry.left(slash).compare(wanted, Qt::CaseInsensitive) == 0;
        });
}

// Adding a kind of rule is one entry here.
constexpr RuleKind kRuleKinds[] = {
    {"order-tag", "an order whose Tags contain this tag (case-insensitive)", &orderHasTag},
    {"discount-code-prefix",
     "an order whose Discount Code starts with this text (case-insensitive)",
     &discountCodeHasPrefix},
    {"campaign-name", "an email campaign whose name contains this text (case-insensitive)",
     nullptr},
    {"landing-page-prefix", "a landing page whose path starts with this text (case-insensitive)",
     nullptr},
    {"item-list",
     "a product list or promotion of a GA4 item-list report whose name contains this text "
     "(case-insensitive), e.g. Recommended for you",
     nullptr},
    {"utm-campaign", "an order whose UTM campaign contains this text (case-insensitive)",
     &utmCampaignContains},
    {"customer-list", "an order of a customer on the imported customer list of this name",
     &customerInList},
    {"experiment-arm",
     "an order of a customer in this experiment's treatment arm (EXPERIMENT/ARM, or EXPERIMENT "
     "for any of its treatment arms), placed on or after the experiment's start",
     &customerInTreatmentArm},
};

const RuleKind* findKind(const QString& kind) {
    const auto it = std::find_if(std::begin(kRuleKinds), std::end(kRuleKinds),
                                 [&](const RuleKind& k) { return kind == QLatin1String(k.id); });
    return it == std::end(kRuleKinds) ? nullptr : &*it;
}

} // namespace

std::vector<PersonalizationRule> PersonalizationRules::list(Workspace& workspace) {
    std::vector<PersonalizationRule> rules;
    Statement stmt = workspace.db().prepare(
        "SELECT id, kind, pattern, created_at FROM personalization_rules ORDER BY id");
    while (stmt.step())
        rules.push_back(
            {stmt.columnInt64(0), stmt.columnText(1), stmt.columnText(2), stmt.columnText(3)});
    return rules;
}

bool PersonalizationRules::add(Workspace& workspace, const QString& kind, const QString& pattern,
                               QString* error) {
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!findKind(kind))
        return fail(QStringLiteral("unknown rule kind '%1' (known: %2)")
                        .arg(kind, kinds().join(QStringLiteral(", "))));
    const QString trimmed = pattern.trimmed();
    if (trimmed.isEmpty())
        return fail(QStringLiteral("the pattern of a rule cannot be empty"));
    try {
        Statement exists = workspace.db().prepare("SELECT count(*) FROM personalization_rules "
                                                  "WHERE kind = ?1 AND lower(pattern) = lower(?2)");
        exists.bind(1, kind).bind(2, trimmed);
        if (exists.step() && exists.columnInt64(0) > 0)
            return fail(QStringLiteral("a %1 rule for '%2' already exists").arg(kind, trimmed));
        workspace.db()
            .prepare("INSERT INTO personalization_rules(kind, pattern, created_at) "
                     "VALUES (?1, ?2, ?3)")
            .bind(1, kind)
            .bind(2, trimmed)
            .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
            .run();
    } catch (const DbError& e) {
        return fail(e.message());
    }
    return true;
}

bool PersonalizationRules::remove(Workspace& workspace, qint64 id, QString* error) {
    try {
        workspace.db()
            .prepare("DELETE FROM personalization_rules WHERE id = ?1")
            .bind(1, static_cast<std::int64_t>(id))
            .run();
        if (workspace.db().changes() == 0) {
            if (error)
                *error = QStringLiteral("there is no rule with id %1").arg(id);
            return false;
        }
    } catch (const DbError& e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

QStringList PersonalizationRules::kinds() {
    QStringList ids;
    for (const RuleKind& kind : kRuleKinds)
        ids << QLatin1String(kind.id);
    return ids;
}

QStringList PersonalizationRules::patternsOf(const std::vector<PersonalizationRule>& rules,
                                             const QString& kind) {
    QStringList patterns;
    for (const PersonalizationRule& rule : rules) {
        const QString pattern = rule.pattern.trimmed().toLower();
        if (rule.kind == kind && !pattern.isEmpty())
            patterns.append(pattern);
    }
    return patterns;
}

QString PersonalizationRules::describeKind(const QString& kind) {
    const RuleKind* found = findKind(kind);
    return found ? QLatin1String(found->description) : QString();
}

bool PersonalizationRules::matchesOrder(const PersonalizationRule& rule,
                                        const RuleOrderFields& order) {
    const RuleKind* found = findKind(rule.kind);
    return found && found->matchOrder && found->matchOrder(rule.pattern, order);
}

} // namespace pvi
