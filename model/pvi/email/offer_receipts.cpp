#include "pvi/email/offer_receipts.h"

#include "pvi/engine/shared_texts.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <iterator>

namespace pvi {

namespace {

constexpr const char* kCodeRuleKind = "discount-code-prefix";

constexpr const char* kCampaignsSql = R"sql(
SELECT platform, campaign_key, name, coalesce(subject, ''), send_date FROM email_campaigns
)sql";

QString text(std::string_view utf8) {
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
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

std::vector<PersonalizationRule> offerCodeRules(const std::vector<PersonalizationRule>& rules) {
    std::vector<PersonalizationRule> kept;
    std::copy_if(
        rules.begin(), rules.end(), std::back_inserter(kept),
        [](const PersonalizationRule& r) { return r.kind == QLatin1String(kCodeRuleKind); });
    return kept;
}

OfferReceiptReader::OfferReceiptReader(Workspace& workspace,
                                       const std::vector<PersonalizationRule>& rules)
    : m_codes(offerCodeRules(rules)) {
    if (m_codes.empty())
        return;
    // The export campaigns naming a code: their keys and titles, with their send days.
    Statement stmt = workspace.db().prepare(kCampaignsSql);
    while (stmt.step()) {
        if (!namesOfferCode(stmt.columnText(2), m_codes) &&
            !namesOfferCode(stmt.columnText(3), m_codes))
            continue;
        const QDate sent = QDate::fromString(stmt.columnText(4), Qt::ISODate);
        const qint64 day = sent.isValid() ? sent.toJulianDay() : 0;
        m_byKey.emplace(CampaignKey{stmt.columnText(0), stmt.columnText(1)}, day);
        m_byName.emplace(CampaignKey{stmt.columnText(0), stmt.columnText(2)}, day);
        if (day != 0)
            m_facts.campaignDays.push_back(day);
    }
}

const OfferReceiptReader::Resolved& OfferReceiptReader::resolve(std::string_view platform,
                                                                std::string_view key,
                                                                std::string_view minName,
                                                                std::string_view maxName) {
    const std::array<std::string_view, 4> texts{platform, key, minName, maxName};
    // The same campaign set again (its rows of another day) is told by comparing texts.
    if (m_last != nullptr && std::equal(texts.begin(), texts.end(), m_lastTexts.begin()))
        return *m_last;
    m_names.clear();
    for (const std::string_view t : texts)
        appendKeyText(m_names, t);
    auto it = m_resolved.find(m_names);
    if (it == m_resolved.end()) {
        Resolved campaign;
        campaign.platform = text(platform);
        campaign.key = text(key);
        for (const auto& [table, name] :
             {std::pair{&m_byKey, text(key)}, std::pair{&m_byName, text(minName)},
              std::pair{&m_byName, text(maxName)}}) {
            if (const auto found = table->find({campaign.platform, name}); found != table->end())
                campaign.campaignDay = found->second;
        }
        campaign.namesCode = !campaign.campaignDay && namesOfferCode(text(minName), m_codes);
        it = m_resolved.emplace(m_names, std::move(campaign)).first;
    }
    m_last = &it->second;
    std::copy(texts.begin(), texts.end(), m_lastTexts.begin());
    return *m_last;
}

void OfferReceiptReader::setCampaign(std::string_view platform, std::string_view key,
                                     std::string_view minName, std::string_view maxName) {
    if (active())
        resolve(platform, key, minName, maxName);
}

void OfferReceiptReader::add(qint64 customerId, qint64 sentDay) {
    if (!active() || m_last == nullptr)
        return;
    const Resolved& campaign = *m_last;
    std::optional<qint64> campaignDay = campaign.campaignDay;
    if (!campaignDay) {
        if (!campaign.namesCode)
            return;
        campaignDay = sentDay;
        if (sentDay != 0 && m_eventOnly.insert({campaign.platform, campaign.key}).second)
            m_facts.campaignDays.push_back(sentDay);
    }
    const qint64 day = sentDay != 0 ? sentDay : *campaignDay;
    if (day != 0)
        m_facts.receipts.push_back({customerId, day});
}

OfferReceipts OfferReceiptReader::take() {
    std::sort(m_facts.campaignDays.begin(), m_facts.campaignDays.end());
    std::sort(m_facts.receipts.begin(), m_facts.receipts.end(),
              [](const OfferReceipt& a, const OfferReceipt& b) { return a.day < b.day; });
    return std::move(m_facts);
}

} // namespace pvi
