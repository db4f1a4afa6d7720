#include "pvi/segments/workspace_dimensions.h"

#include "pvi/orders/pvi_segments.h"
#include "pvi/segments/customer_attributes.h"
#include "pvi/segments/segment_rule.h"
#include "pvi/segments/segment_rules_store.h"
#include "store/workspace.h"

namespace pvi {

namespace {

struct AttributeDimensionSpec {
    const char* id;
    const char* title;
    const char* none; ///< the segment of customers without a value; empty: left out
    QStringList (*labels)(const CustomerAttributes&);
};

const AttributeDimensionSpec kAttributeDimensions[] = {
    {"tag", "Tag", "(no tag)", [](const CustomerAttributes& a) { return a.tags(); }},
    {"customer_tag", "Customer tag", "(no tag)",
     [](const CustomerAttributes& a) { return a.customerTags; }},
    {"order_tag", "Order tag", "(no tag)", [](const CustomerAttributes& a) { return a.orderTags; }},
    {"country", "Country", "(unknown)",
     [](const CustomerAttributes& a) {
         return a.country.isEmpty() ? QStringList{} : QStringList{a.country};
     }},
    {"region", "Region", "(unknown)",
     [](const CustomerAttributes& a) {
         if (a.region.isEmpty())
             return QStringList{};
         return QStringList{a.country.isEmpty() ? a.region : a.country + u'/' + a.region};
     }},
    {"list", "Imported list", "(on no list)", [](const CustomerAttributes& a) { return a.lists; }},
    {"email_group", "E-mail tag, group or list", "(none)",
     [](const CustomerAttributes& a) { return a.emailGroups; }},
    {"survey", "Survey answer", "(no answer)",
     [](const CustomerAttributes& a) { return a.surveyAnswers; }},
};

/// The facts a rule looks at for one customer of the snapshot as of `day`.
RuleFacts factsOf(const OrderSnapshot& snapshot, const SnapshotCustomer& customer, qint64 day,
                  const CustomerAttributes& a, const RfmScore* score) {
    RuleFacts facts;
    facts.asOfDay = day;
    for (std::size_t k = 0; k < customer.orders.size() && customer.days[k] <= day; ++k) {
        facts.spend += snapshot.orders[customer.orders[k]].revenue;
        ++facts.orders;
        facts.lastOrderDay = customer.days[k];
    }
    facts.firstOrderDay = customer.firstDay();
    if (score) {
        facts.r = score->recency;
        facts.f = score->frequency;
        facts.m = score->monetary;
    }
    facts.exposed = customer.exposedBy(day);
    facts.consent = a.consent;
    facts.customerTags = a.customerTags;
    facts.orderTags = a.orderTags;
    facts.lists = a.lists;
    facts.emailGroups = a.emailGroups;
    facts.surveyAnswers = a.surveyAnswers;
    facts.country = a.country;
    facts.region = a.region;
    facts.window = [&snapshot, &customer, day](int days) {
        std::pair<double, qint64> total{0.0, 0};
        for (std::size_t k = 0; k < customer.orders.size() && customer.days[k] <= day; ++k) {
            if (customer.days[k] > day - days) {
                total.first += snapshot.orders[customer.orders[k]].revenue;
                ++total.second;
            }
        }
        return total;
    };
    return facts;
}

} // namespace

std::optional<SegmentDimension> attributeDimension(const QString& by,
                                                   const CustomerAttributeTable& attributes) {
    for (const AttributeDimensionSpec& spec : kAttributeDimensions) {
        if (by != QLatin1String(spec.id))
            continue;
        const auto labelsOf = spec.labels;
        return staticDimension(
            by, QString::fromUtf8(spec.title),
            [&attributes, labelsOf](qint64 c) { return labelsOf(attributes.of(c)); },
            attributes.customers, QString::fromUtf8(spec.none));
    }
    return std::nullopt;
}

SegmentDimension ruleDimension(const QString& name, RuleNode rule,
                               std::shared_ptr<const CustomerAttributeTable> attributes) {
    SegmentDimension dimension;
    dimension.id = QStringLiteral("rule:") + name;
    dimension.title = QStringLiteral("Rule");
    dimension.labels = {{segmentIdOf(name), name},
                        {QStringLiteral("others"), QStringLiteral("Others")}};
    auto shared = std::make_shared<const RuleNode>(std::move(rule));
    dimension.membersAsOf = [shared, attributes](const OrderSnapshot& snapshot, const QDate& asOf) {
        SegmentMembers members(2);
        std::unordered_map<qint64, RfmScore> scores;
        for (const RfmAssignment& a : rfmAsOf(snapshot, asOf))
            scores.emplace(a.score.customerId, a.score);
        const qint64 day = asOf.toJulianDay();
        for (const auto& [id, customer] : snapshot.customers) {
            if (customer.days.empty() || customer.firstDay() > day)
                continue;
            const auto score = scores.find(id);
            const RuleFacts facts = factsOf(snapshot, customer, day, attributes->of(id),
                                            score == scores.end() ? nullptr : &score->second);
            members[matchesRule(*shared, facts) ? 0 : 1].insert(id);
        }
        return members;
    };
    return dimension;
}

DimensionLookup workspaceDimension(Workspace& workspace, const QString& by) {
    DimensionLookup found;
    const QString name = by.trimmed();
    if (name.isEmpty() || name == u"rfm") {
        found.dimension = rfmDimension();
        return found;
    }
    if (name.startsWith(QStringLiteral("rule:"))) {
        const QString ruleName = name.mid(5).trimmed();
        for (const SavedSegmentRule& saved : loadSegmentRules(workspace.db())) {
            if (saved.name != ruleName)
                continue;
            RuleParse parsed = parseSegmentRule(saved.rule);
            if (!parsed.rule) {
                found.error =
                    QStringLiteral("the rule '%1' does not parse: %2").arg(ruleName, parsed.error);
                return found;
            }
            found.dimension = ruleDimension(ruleName, std::move(*parsed.rule),
                                            std::make_shared<const CustomerAttributeTable>(
                                                loadCustomerAttributes(workspace.db())));
            return found;
        }
        found.error =
            QStringLiteral("no segment rule named '%1' (see pvi segments list)").arg(ruleName);
        return found;
    }
    auto attributes =
        std::make_shared<const CustomerAttributeTable>(loadCustomerAttributes(workspace.db()));
    if (std::optional<SegmentDimension> dimension = attributeDimension(name, *attributes)) {
        found.dimension = std::move(dimension);
        return found;
    }
    QStringList names;
    for (const SegmentLabel& label : workspaceDimensionNames(workspace))
        names << label.id;
    found.error = QStringLiteral("unknown dimension '%1' (dimensions: %2)")
                      .arg(name, names.join(QStringLiteral(", ")));
    return found;
}

std::vector<SegmentLabel> workspaceDimensionNames(Workspace& workspace) {
    std::vector<SegmentLabel> names{{QStringLiteral("rfm"), QStringLiteral("RFM segment")}};
    for (const AttributeDimensionSpec& spec : kAttributeDimensions)
        names.push_back({QString::fromUtf8(spec.id), QString::fromUtf8(spec.title)});
    for (const SavedSegmentRule& saved : loadSegmentRules(workspace.db()))
        names.push_back(
            {QStringLiteral("rule:") + saved.name, QStringLiteral("Rule: ") + saved.name});
    return names;
}

} // namespace pvi
