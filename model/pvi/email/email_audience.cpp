#include "pvi/email/email_audience.h"

#include "pvi/email/email_facts.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace pvi {

namespace {

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

PviResult listGrowthRate(const EmailFacts& facts, const Period& period) {
    using S = AudienceMember::Status;
    PviResult r;
    r.id = QStringLiteral("list_growth_rate");
    if (facts.audience.empty()) {
        r.reason = noAudienceReason();
        return r;
    }
    const qint64 from = period.from.toJulianDay();
    const qint64 to = period.to.toJulianDay();
    auto in = [&](qint64 day) { return day != 0 && day >= from && day <= to; };
    qint64 start = 0, joined = 0, unsubscribed = 0, cleaned = 0;
    for (const AudienceMember& m : facts.audience) {
        // On the list the day before the period: opted in before it and not left before it (a
        // member who left without a date is not counted as on the list).
        const bool left =
            m.status == S::Unsubscribed || m.status == S::Cleaned || m.status == S::Suppressed;
        if (m.optinDay != 0 && m.optinDay < from &&
            (!left || (m.changeDay != 0 && m.changeDay >= from)))
            ++start;
        joined += in(m.optinDay) ? 1 : 0;
        unsubscribed += m.status == S::Unsubscribed && in(m.changeDay) ? 1 : 0;
        cleaned += m.status == S::Cleaned && in(m.changeDay) ? 1 : 0;
    }
    r.n = start;
    if (start == 0) {
        r.reason = QCoreApplication::translate(
                       "pvi::PviReason", "nobody was on the list before %1: growth has no base")
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

PviResult optOutTrend(const EmailFacts& facts, const Period& period) {
    using S = AudienceMember::Status;
    PviResult r;
    r.id = QStringLiteral("opt_out_trend");
    OptOuts optOuts;
    auto optedOut = [](const AudienceMember& m) {
        return (m.status == S::Unsubscribed || m.status == S::Suppressed) && m.changeDay != 0;
    };
    const bool fromAudience = std::any_of(facts.audience.begin(), facts.audience.end(), optedOut);
    if (fromAudience) {
        const qint64 from = period.from.toJulianDay();
        const qint64 to = period.to.toJulianDay();
        for (const AudienceMember& m : facts.audience) {
            if (optedOut(m) && m.changeDay >= from && m.changeDay <= to)
                optOuts.add(QDate::fromJulianDay(m.changeDay), 1, m.personalizedCause);
        }
    } else {
        const std::vector<CampaignTotals> campaigns = facts.campaignsIn(period);
        if (campaigns.empty() && !facts.latest.isValid()) {
            r.reason = QCoreApplication::translate(
                "pvi::PviReason", "import a Mailchimp or Klaviyo campaign or audience export "
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
