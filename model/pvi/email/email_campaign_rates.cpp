#include "pvi/email/email_campaign_rates.h"

#include "pvi/email/email_facts.h"
#include "stats/proportion_intervals.h"
#include "store/workspace.h"

#include <algorithm>

namespace pvi {

bool campaignMatchesRules(const QString& name, const std::vector<PersonalizationRule>& rules) {
    return std::any_of(rules.begin(), rules.end(), [&](const PersonalizationRule& rule) {
        return rule.kind == u"campaign-name" && !rule.pattern.trimmed().isEmpty() &&
               name.contains(rule.pattern.trimmed(), Qt::CaseInsensitive);
    });
}

RateWithInterval rateWithInterval(qint64 count, qint64 n) {
    RateWithInterval r;
    r.count = count;
    r.n = n;
    if (n <= 0 || count < 0 || count > n)
        return r;
    r.rate = static_cast<double>(count) / static_cast<double>(n);
    const Interval interval = wilsonInterval(ProportionSummary{n, count});
    r.low = interval.low;
    r.high = interval.high;
    return r;
}

std::vector<CampaignRates> campaignRates(Workspace& workspace, const Period& period) {
    return campaignRates(EmailFacts::load(workspace, PersonalizationRules::list(workspace)),
                         period);
}

std::vector<CampaignRates> campaignRates(const EmailFacts& facts, const Period& period) {
    std::vector<CampaignRates> result;
    for (CampaignTotals& totals : facts.campaignsIn(period)) {
        CampaignRates rates;
        rates.open = rateWithInterval(totals.uniqueOpens, totals.delivered);
        rates.click = rateWithInterval(totals.uniqueClicks, totals.delivered);
        rates.unsubscribe = rateWithInterval(totals.unsubscribes, totals.delivered);
        rates.clickToOpen = rateWithInterval(totals.uniqueClicks, totals.uniqueOpens);
        if (totals.bounces)
            rates.bounce = rateWithInterval(
                *totals.bounces, totals.recipients.value_or(totals.delivered + *totals.bounces));
        rates.totals = std::move(totals);
        result.push_back(std::move(rates));
    }
    return result;
}

QDate latestEmailDate(Workspace& workspace) {
    Statement stmt = workspace.db().prepare(
        "SELECT max(d) FROM (SELECT max(send_date) AS d FROM email_campaigns "
        "UNION ALL SELECT date(max(last_day) - 0.5) FROM email_deliveries "
        "UNION ALL SELECT max(coalesce(change_date, optin_date)) FROM audience)");
    if (stmt.step() && !stmt.isNull(0))
        return QDate::fromString(stmt.columnText(0), Qt::ISODate);
    return {};
}

} // namespace pvi
