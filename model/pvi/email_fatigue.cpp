#include "pvi/email_fatigue.h"

#include "stats/proportion_tests.h"
#include "store/workspace.h"

#include <QHash>

#include <map>

namespace pvi {

namespace {

struct Send {
    QString recipient;
    qint64 week = 0; // Julian day of the week's Monday
    bool personalized = false;
    bool opened = false;
    bool unsubscribed = false;
};

constexpr const char* kSendsSql = R"sql(
SELECT email, platform, campaign_key, min(campaign_name),
       min(CASE WHEN event IN ('sent', 'delivered') THEN event_date END) AS sent_on,
       max(event = 'open'), max(event = 'unsubscribe')
  FROM email_events
 GROUP BY platform, campaign_key, email
HAVING sent_on BETWEEN ?1 AND ?2
)sql";

std::vector<Send> loadSends(Workspace& workspace, const Period& period) {
    const std::vector<PersonalizationRule> rules = PersonalizationRules::list(workspace);
    std::vector<Send> sends;
    Statement stmt = workspace.db().prepare(kSendsSql);
    stmt.bind(1, period.from.toString(Qt::ISODate)).bind(2, period.to.toString(Qt::ISODate));
    while (stmt.step()) {
        const QDate day = QDate::fromString(stmt.columnText(4), Qt::ISODate);
        Send send;
        send.recipient = stmt.columnText(0);
        send.week = day.toJulianDay() - (day.dayOfWeek() - 1);
        send.personalized = campaignMatchesRules(stmt.columnText(3), rules);
        send.opened = stmt.columnInt64(5) != 0;
        send.unsubscribed = stmt.columnInt64(6) != 0;
        sends.push_back(std::move(send));
    }
    return sends;
}

} // namespace

FatigueAnalysis fatigueAnalysis(Workspace& workspace, const Period& period) {
    FatigueAnalysis result;
    const std::vector<Send> sends = loadSends(workspace, period);
    if (sends.empty()) {
        result.reason = QStringLiteral("import per-recipient email activity (who was sent, "
                                       "opened and unsubscribed, with dates) to see this");
        return result;
    }
    // Sends per (recipient, week), overall and per personalized/generic.
    QHash<QPair<QString, qint64>, int> perWeek;
    QHash<QPair<QString, qint64>, int> perWeekPersonalized, perWeekGeneric;
    for (const Send& s : sends) {
        ++perWeek[{s.recipient, s.week}];
        ++(s.personalized ? perWeekPersonalized : perWeekGeneric)[{s.recipient, s.week}];
        ++(s.personalized ? result.personalizedSends : result.genericSends);
    }
    result.sends = static_cast<qint64>(sends.size());
    result.recipientWeeks = perWeek.size();
    result.personalizedRecipientWeeks = perWeekPersonalized.size();
    result.genericRecipientWeeks = perWeekGeneric.size();

    std::map<int, ProportionSummary> opens, unsubs;
    for (const Send& s : sends) {
        const int band = std::min(perWeek.value({s.recipient, s.week}), kFatigueTopBand);
        opens[band] = opens[band] + ProportionSummary{1, s.opened ? 1 : 0};
        unsubs[band] = unsubs[band] + ProportionSummary{1, s.unsubscribed ? 1 : 0};
    }
    const ProportionSummary baseOpen = opens.begin()->second;
    const ProportionSummary baseUnsub = unsubs.begin()->second;
    for (const auto& [band, open] : opens) {
        FatigueBand b;
        b.sendsPerWeek = band;
        b.openEnded = band == kFatigueTopBand;
        b.label = QString::number(band) + (b.openEnded ? QStringLiteral("+") : QString());
        b.open = rateWithInterval(open.conversions, open.n);
        const ProportionSummary unsub = unsubs[band];
        b.unsubscribe = rateWithInterval(unsub.conversions, unsub.n);
        if (band != opens.begin()->first) {
            b.openPValue = twoProportionZTest(baseOpen, open).pValue;
            b.unsubPValue = twoProportionZTest(baseUnsub, unsub).pValue;
            const bool fewerOpens =
                b.openPValue && *b.openPValue < kFatigueAlpha && open.rate() < baseOpen.rate();
            const bool moreUnsubs =
                b.unsubPValue && *b.unsubPValue < kFatigueAlpha && unsub.rate() > baseUnsub.rate();
            b.fatigued = fewerOpens || moreUnsubs;
            if (b.fatigued && !result.onset)
                result.onset = band;
        }
        result.bands.push_back(b);
    }
    result.available = true;
    return result;
}

} // namespace pvi
