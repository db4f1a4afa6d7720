#include "pvi/email_campaign_rates.h"

#include "stats/proportion_intervals.h"
#include "store/workspace.h"

#include <algorithm>

namespace pvi {

namespace {

// Campaigns from exports, then campaigns known only from events (distinct recipients per event
// kind; delivered = recipients with a sent or delivered event, or any event when none says so).
// An export campaign and the events of the same campaign share the key when the export gives the
// platform's campaign id; Mailchimp's campaign list export gives none (its key is "title|send
// time") while its activity names the campaign by title, so a title the export holds is the same
// campaign too: its counts come from the export, never from the events as well.
constexpr const char* kCampaignsSql = R"sql(
SELECT platform, campaign_key, name, send_date, 0, coalesce(delivered, 0),
       coalesce(unique_opens, 0), coalesce(unique_clicks, 0), coalesce(unsubscribes, 0), orders,
       ab_group, ab_arm, bounces, recipients
  FROM email_campaigns WHERE send_date BETWEEN ?1 AND ?2
UNION ALL
SELECT e.platform, e.campaign_key, min(e.campaign_name),
       coalesce(min(CASE WHEN e.event IN ('sent', 'delivered') THEN e.event_date END),
                min(e.event_date)),
       1,
       CASE WHEN count(DISTINCT CASE WHEN e.event IN ('sent', 'delivered') THEN e.email END) > 0
            THEN count(DISTINCT CASE WHEN e.event IN ('sent', 'delivered') THEN e.email END)
            ELSE count(DISTINCT e.email) END,
       count(DISTINCT CASE WHEN e.event = 'open' THEN e.email END),
       count(DISTINCT CASE WHEN e.event = 'click' THEN e.email END),
       count(DISTINCT CASE WHEN e.event = 'unsubscribe' THEN e.email END),
       NULL, NULL, NULL,
       count(DISTINCT CASE WHEN e.event = 'bounce' THEN e.email END),
       count(DISTINCT e.email)
  FROM email_events e
 WHERE NOT EXISTS (SELECT 1 FROM email_campaigns c
                    WHERE c.platform = e.platform
                      AND (c.campaign_key = e.campaign_key OR c.name = e.campaign_name))
 GROUP BY e.platform, e.campaign_key
HAVING coalesce(min(CASE WHEN e.event IN ('sent', 'delivered') THEN e.event_date END),
                min(e.event_date)) BETWEEN ?1 AND ?2
)sql";

} // namespace

bool campaignMatchesRules(const QString& name, const std::vector<PersonalizationRule>& rules) {
    return std::any_of(rules.begin(), rules.end(), [&](const PersonalizationRule& rule) {
        return rule.kind == u"campaign-name" && !rule.pattern.trimmed().isEmpty() &&
               name.contains(rule.pattern.trimmed(), Qt::CaseInsensitive);
    });
}

std::vector<CampaignTotals> loadCampaignTotals(Workspace& workspace, const Period& period) {
    const std::vector<PersonalizationRule> rules = PersonalizationRules::list(workspace);
    std::vector<CampaignTotals> campaigns;
    Statement stmt = workspace.db().prepare(kCampaignsSql);
    stmt.bind(1, period.from.toString(Qt::ISODate)).bind(2, period.to.toString(Qt::ISODate));
    while (stmt.step()) {
        CampaignTotals c;
        c.platform = stmt.columnText(0);
        c.key = stmt.columnText(1);
        c.name = stmt.columnText(2);
        c.sendDate = QDate::fromString(stmt.columnText(3), Qt::ISODate);
        c.fromEvents = stmt.columnInt64(4) != 0;
        c.delivered = stmt.columnInt64(5);
        c.uniqueOpens = stmt.columnInt64(6);
        c.uniqueClicks = stmt.columnInt64(7);
        c.unsubscribes = stmt.columnInt64(8);
        if (!stmt.isNull(9))
            c.orders = stmt.columnInt64(9);
        c.abGroup = stmt.columnText(10);
        c.abArm = stmt.columnText(11);
        if (!stmt.isNull(12))
            c.bounces = stmt.columnInt64(12);
        if (!stmt.isNull(13))
            c.recipients = stmt.columnInt64(13);
        c.personalized = campaignMatchesRules(c.name, rules);
        campaigns.push_back(std::move(c));
    }
    std::sort(campaigns.begin(), campaigns.end(),
              [](const CampaignTotals& a, const CampaignTotals& b) {
                  return std::tie(a.sendDate, a.name) < std::tie(b.sendDate, b.name);
              });
    return campaigns;
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
    std::vector<CampaignRates> result;
    for (CampaignTotals& totals : loadCampaignTotals(workspace, period)) {
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
        "UNION ALL SELECT max(event_date) FROM email_events "
        "UNION ALL SELECT max(coalesce(change_date, optin_date)) FROM audience)");
    if (stmt.step() && !stmt.isNull(0))
        return QDate::fromString(stmt.columnText(0), Qt::ISODate);
    return {};
}

} // namespace pvi
