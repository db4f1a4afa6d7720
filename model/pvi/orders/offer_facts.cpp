#include "pvi/orders/offer_facts.h"

#include "pvi/engine/shared_texts.h"
#include "store/workspace.h"

#include <QDate>

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace pvi {

namespace {

constexpr const char* kCodeRuleKind = "discount-code-prefix";

constexpr const char* kCodedOrdersSql = R"sql(
SELECT coalesce(customer_id, 0), order_date, net_revenue, discount_code
  FROM orders
 WHERE is_valid = 1 AND coalesce(discount_code, '') <> ''
 ORDER BY order_date
)sql";

constexpr const char* kCampaignsSql = R"sql(
SELECT platform, campaign_key, name, coalesce(subject, ''), send_date FROM email_campaigns
)sql";

constexpr const char* kKnownDeliveriesSql = R"sql(
SELECT platform, campaign_key, min_name, max_name, customer_id, coalesce(first_sent_day, 0)
  FROM email_deliveries
 WHERE customer_id IS NOT NULL
)sql";

std::vector<PersonalizationRule> codeRules(const std::vector<PersonalizationRule>& rules) {
    std::vector<PersonalizationRule> kept;
    std::copy_if(
        rules.begin(), rules.end(), std::back_inserter(kept),
        [](const PersonalizationRule& r) { return r.kind == QLatin1String(kCodeRuleKind); });
    return kept;
}

using CampaignKey = std::pair<QString, QString>; // platform, key or name

/// The export campaigns naming a code: their keys and titles, with their send days.
void loadCodeCampaigns(Workspace& workspace, const std::vector<PersonalizationRule>& rules,
                       OfferFacts& facts, std::map<CampaignKey, qint64>& byKey,
                       std::map<CampaignKey, qint64>& byName) {
    Statement stmt = workspace.db().prepare(kCampaignsSql);
    while (stmt.step()) {
        if (!namesOfferCode(stmt.columnText(2), rules) &&
            !namesOfferCode(stmt.columnText(3), rules))
            continue;
        const QDate sent = QDate::fromString(stmt.columnText(4), Qt::ISODate);
        const qint64 day = sent.isValid() ? sent.toJulianDay() : 0;
        byKey.emplace(CampaignKey{stmt.columnText(0), stmt.columnText(1)}, day);
        byName.emplace(CampaignKey{stmt.columnText(0), stmt.columnText(2)}, day);
        if (day != 0)
            facts.campaignDays.push_back(day);
    }
}

/// The known customers' deliveries of those campaigns (the same campaign by key or by title,
/// as EmailFacts joins them), and of campaigns known only from events whose title names a code.
void loadReceipts(Workspace& workspace, const std::vector<PersonalizationRule>& rules,
                  OfferFacts& facts, const std::map<CampaignKey, qint64>& byKey,
                  const std::map<CampaignKey, qint64>& byName) {
    std::set<CampaignKey> eventOnly;
    // A campaign's deliveries share its names: each (platform, key, titles) is resolved once.
    struct Resolved {
        std::optional<qint64> campaignDay;
        bool namesCode = false;
        QString platform;
        QString key;
    };
    std::unordered_map<std::string, Resolved> resolved;
    std::string names;
    Statement stmt = workspace.db().prepare(kKnownDeliveriesSql);
    while (stmt.step()) {
        names.clear();
        for (int column = 0; column < 4; ++column)
            appendKeyText(names, stmt.columnUtf8(column));
        auto it = resolved.find(names);
        if (it == resolved.end()) {
            Resolved campaign;
            campaign.platform = stmt.columnText(0);
            campaign.key = stmt.columnText(1);
            for (const auto& [table, key] :
                 {std::pair{&byKey, stmt.columnText(1)}, std::pair{&byName, stmt.columnText(2)},
                  std::pair{&byName, stmt.columnText(3)}}) {
                if (const auto found = table->find({campaign.platform, key}); found != table->end())
                    campaign.campaignDay = found->second;
            }
            campaign.namesCode = !campaign.campaignDay && namesOfferCode(stmt.columnText(2), rules);
            it = resolved.emplace(names, std::move(campaign)).first;
        }
        const Resolved& campaign = it->second;
        std::optional<qint64> campaignDay = campaign.campaignDay;
        const qint64 sentDay = stmt.columnInt64(5);
        if (!campaignDay) {
            if (!campaign.namesCode)
                continue;
            campaignDay = sentDay;
            if (sentDay != 0 && eventOnly.insert({campaign.platform, campaign.key}).second)
                facts.campaignDays.push_back(sentDay);
        }
        const qint64 day = sentDay != 0 ? sentDay : *campaignDay;
        if (day != 0)
            facts.receipts.push_back({stmt.columnInt64(4), day});
    }
}

} // namespace

bool namesOfferCode(const QString& text, const std::vector<PersonalizationRule>& rules) {
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord =
            i < text.size() && (text[i].isLetterOrNumber() || text[i] == u'-' || text[i] == u'_');
        if (inWord && start < 0)
            start = i;
        if (inWord || start < 0)
            continue;
        RuleOrderFields word;
        word.discountCode = text.mid(start, i - start);
        start = -1;
        if (std::any_of(rules.begin(), rules.end(), [&](const PersonalizationRule& rule) {
                return rule.kind == QLatin1String(kCodeRuleKind) &&
                       PersonalizationRules::matchesOrder(rule, word);
            }))
            return true;
    }
    return false;
}

OfferFacts OfferFacts::load(Workspace& workspace, const std::vector<PersonalizationRule>& rules) {
    OfferFacts facts;
    const std::vector<PersonalizationRule> codes = codeRules(rules);
    facts.anyCodeRule = !codes.empty();
    if (!facts.anyCodeRule)
        return facts;
    Statement orders = workspace.db().prepare(kCodedOrdersSql);
    while (orders.step()) {
        RuleOrderFields fields;
        fields.discountCode = orders.columnText(3);
        if (std::none_of(codes.begin(), codes.end(), [&](const PersonalizationRule& rule) {
                return PersonalizationRules::matchesOrder(rule, fields);
            }))
            continue;
        const QDate date = QDate::fromString(orders.columnText(1), Qt::ISODate);
        if (date.isValid())
            facts.orders.push_back(
                {orders.columnInt64(0), date.toJulianDay(), orders.columnDouble(2)});
    }
    std::map<CampaignKey, qint64> byKey, byName;
    loadCodeCampaigns(workspace, codes, facts, byKey, byName);
    loadReceipts(workspace, codes, facts, byKey, byName);
    std::sort(facts.campaignDays.begin(), facts.campaignDays.end());
    std::sort(facts.receipts.begin(), facts.receipts.end(),
              [](const OfferReceipt& a, const OfferReceipt& b) { return a.day < b.day; });
    return facts;
}

} // namespace pvi
