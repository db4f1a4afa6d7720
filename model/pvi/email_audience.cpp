#include "pvi/email_audience.h"

#include "pvi/email_campaign_rates.h"
#include "store/workspace.h"

#include <map>

namespace pvi {

namespace {

constexpr const char* kGrowthSql = R"sql(
SELECT count(*) FILTER (WHERE optin_date < ?1 AND NOT (status IN ('unsubscribed', 'cleaned',
                        'suppressed') AND change_date < ?1)),
       count(*) FILTER (WHERE optin_date BETWEEN ?1 AND ?2),
       count(*) FILTER (WHERE status = 'unsubscribed' AND change_date BETWEEN ?1 AND ?2),
       count(*) FILTER (WHERE status = 'cleaned' AND change_date BETWEEN ?1 AND ?2)
  FROM audience
)sql";

QString noAudienceReason() {
    return QStringLiteral("import a Mailchimp audience export (subscribed, unsubscribed and "
                          "cleaned files) or a Klaviyo profile export to see this");
}

/// Opt-outs per month and per personalized/generic cause.
struct OptOuts {
    std::map<QString, qint64> perMonth;
    qint64 total = 0, personalized = 0, generic = 0;
    void add(const QDate& day, qint64 count, bool isPersonalized) {
        perMonth[day.toString(QStringLiteral("yyyy-MM"))] += count;
        total += count;
        (isPersonalized ? personalized : generic) += count;
    }
};

} // namespace

PviResult listGrowthRate(Workspace& workspace, const Period& period) {
    PviResult r;
    r.id = QStringLiteral("list_growth_rate");
    if (workspace.db().queryInt("SELECT count(*) FROM audience") == 0) {
        r.reason = noAudienceReason();
        return r;
    }
    Statement stmt = workspace.db().prepare(kGrowthSql);
    stmt.bind(1, period.from.toString(Qt::ISODate)).bind(2, period.to.toString(Qt::ISODate));
    stmt.step();
    const qint64 start = stmt.columnInt64(0);
    const qint64 joined = stmt.columnInt64(1);
    const qint64 unsubscribed = stmt.columnInt64(2);
    const qint64 cleaned = stmt.columnInt64(3);
    r.n = start;
    if (start == 0) {
        r.reason = QStringLiteral("nobody was on the list before %1: growth has no base")
                       .arg(period.from.toString(Qt::ISODate));
        return r;
    }
    r.available = true;
    r.value = double(joined - unsubscribed - cleaned) / double(start) * 100.0;
    r.splitReason = QStringLiteral("an audience export does not say who got personalized "
                                   "campaigns");
    for (const auto& [id, name, count] : {std::tuple{"new_subscribers", "New subscribers", joined},
                                          std::tuple{"unsubscribes", "Unsubscribes", unsubscribed},
                                          std::tuple{"cleaned", "Cleaned (bounced)", cleaned}}) {
        SegmentValue s;
        s.id = QLatin1String(id);
        s.name = QLatin1String(name);
        s.value = double(count);
        s.n = count;
        r.segments.push_back(s);
    }
    return r;
}

PviResult optOutTrend(Workspace& workspace, const Period& period) {
    PviResult r;
    r.id = QStringLiteral("opt_out_trend");
    Database& db = workspace.db();
    OptOuts optOuts;
    const bool fromAudience = db.queryInt("SELECT count(*) FROM audience WHERE status IN "
                                          "('unsubscribed', 'suppressed') AND change_date IS NOT "
                                          "NULL") > 0;
    if (fromAudience) {
        const std::vector<PersonalizationRule> rules = PersonalizationRules::list(workspace);
        Statement stmt = db.prepare("SELECT change_date, coalesce(campaign, '') FROM audience "
                                    "WHERE status IN ('unsubscribed', 'suppressed') AND "
                                    "change_date BETWEEN ?1 AND ?2");
        stmt.bind(1, period.from.toString(Qt::ISODate)).bind(2, period.to.toString(Qt::ISODate));
        while (stmt.step())
            optOuts.add(QDate::fromString(stmt.columnText(0), Qt::ISODate), 1,
                        campaignMatchesRules(stmt.columnText(1), rules));
    } else {
        const std::vector<CampaignTotals> campaigns = loadCampaignTotals(workspace, period);
        if (campaigns.empty() && !latestEmailDate(workspace).isValid()) {
            r.reason = QStringLiteral("import a Mailchimp or Klaviyo campaign or audience export "
                                      "to see this");
            return r;
        }
        for (const CampaignTotals& c : campaigns)
            optOuts.add(c.sendDate, c.unsubscribes, c.personalized);
    }
    r.available = true;
    r.value = double(optOuts.total);
    r.n = optOuts.total;
    // Counts, not rates: no lift between them (groups of different sizes).
    r.personalized = {double(optOuts.personalized), optOuts.personalized};
    r.control = {double(optOuts.generic), optOuts.generic};
    r.splitReason = fromAudience ? QStringLiteral("opt-outs by the campaign that caused them "
                                                  "(UNSUB_CAMPAIGN_TITLE); others count generic")
                                 : QStringLiteral("unsubscribes of personalized vs generic "
                                                  "campaigns (counts, not rates)");
    for (const auto& [month, count] : optOuts.perMonth) {
        SegmentValue s;
        s.id = month;
        s.name = month;
        s.value = double(count);
        s.n = count;
        r.segments.push_back(s);
    }
    return r;
}

} // namespace pvi
