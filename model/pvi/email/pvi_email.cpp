#include "pvi/email/pvi_email.h"

#include "pvi/email/email_audience.h"
#include "pvi/email/email_campaign_rates.h"
#include "pvi/email/email_fatigue.h"
#include "pvi/engine/metric_support.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace pvi {

namespace {

using EmailFunction = PviResult (*)(const EmailFacts&, const Period&);

/// The pooled counts of one rate over the period's campaigns: all, personalized, generic.
struct PooledRate {
    ProportionSummary all, personalized, control;
};

PooledRate pool(const std::vector<CampaignTotals>& campaigns,
                qint64 (*count)(const CampaignTotals&), qint64 (*base)(const CampaignTotals&)) {
    PooledRate pooled;
    for (const CampaignTotals& c : campaigns) {
        const ProportionSummary s{base(c), count(c)};
        pooled.all = pooled.all + s;
        (c.personalized ? pooled.personalized : pooled.control) =
            (c.personalized ? pooled.personalized : pooled.control) + s;
    }
    return pooled;
}

QString noCampaignsInPeriod(const EmailFacts& facts, const Period& period) {
    if (!facts.latest.isValid())
        return noEmailCampaignsReason();
    return QStringLiteral("no email campaign was sent between %1 and %2")
        .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
}

/// A rate PVI (× 100) with its personalized/generic split, or why the split is missing.
PviResult rateResult(const QString& id, const PooledRate& pooled) {
    PviResult r;
    r.id = id;
    r.n = pooled.all.n;
    if (pooled.all.n == 0) {
        r.reason = QCoreApplication::translate(
            "pvi::PviReason", "the campaigns of the period report no successful deliveries");
        return r;
    }
    r.available = true;
    r.value = pooled.all.rate() * 100.0;
    if (pooled.personalized.n == 0)
        r.splitReason = QStringLiteral("no campaign of the period matches a campaign-name rule "
                                       "(add one, e.g. pvi rules add WS.pvi --kind "
                                       "campaign-name --pattern \"[P]\")");
    else if (pooled.control.n == 0)
        r.splitReason = QStringLiteral("every campaign of the period matches a campaign-name "
                                       "rule: there is no generic group to compare with");
    else
        applyRateSplit(r, pooled.personalized, pooled.control);
    return r;
}

PviResult campaignRate(const EmailFacts& facts, const Period& period, const QString& id,
                       qint64 (*count)(const CampaignTotals&)) {
    const std::vector<CampaignTotals> campaigns = facts.campaignsIn(period);
    if (campaigns.empty()) {
        PviResult r;
        r.id = id;
        r.reason = noCampaignsInPeriod(facts, period);
        return r;
    }
    return rateResult(id,
                      pool(campaigns, count, [](const CampaignTotals& c) { return c.delivered; }));
}

PviResult openRate(const EmailFacts& facts, const Period& period) {
    return campaignRate(facts, period, QStringLiteral("email_open_rate"),
                        [](const CampaignTotals& c) { return c.uniqueOpens; });
}

PviResult unsubscribeRate(const EmailFacts& facts, const Period& period) {
    return campaignRate(facts, period, QStringLiteral("email_unsubscribe_rate"),
                        [](const CampaignTotals& c) { return c.unsubscribes; });
}

PviResult clickRate(const EmailFacts& facts, const Period& period) {
    PviResult r = campaignRate(facts, period, QStringLiteral("email_click_rate"),
                               [](const CampaignTotals& c) { return c.uniqueClicks; });
    if (!r.available)
        return r;
    // Click-to-open, the second figure: clickers / openers, overall and per group.
    const PooledRate cto = pool(
        facts.campaignsIn(period), [](const CampaignTotals& c) { return c.uniqueClicks; },
        [](const CampaignTotals& c) { return c.uniqueOpens; });
    SegmentValue s;
    s.id = QStringLiteral("click_to_open");
    s.name = QStringLiteral("Click-to-open rate (clickers / openers)");
    s.n = cto.all.n;
    auto percent = [](const ProportionSummary& p) {
        return p.n > 0 ? std::optional<double>(p.rate() * 100.0) : std::nullopt;
    };
    s.value = percent(cto.all);
    s.personalized = {percent(cto.personalized), cto.personalized.n};
    s.control = {percent(cto.control), cto.control.n};
    r.segments.push_back(s);
    return r;
}

PviResult conversionRate(const EmailFacts& facts, const Period& period) {
    const QString id = QStringLiteral("email_conversion_rate");
    PooledRate pooled;
    const std::span<const EmailDelivery> recipients =
        facts.anyValidOrders ? facts.deliveriesIn(period) : std::span<const EmailDelivery>();
    if (!recipients.empty()) {
        for (const EmailDelivery& rc : recipients) {
            const ProportionSummary s{1, rc.converted ? 1 : 0};
            pooled.all = pooled.all + s;
            (rc.personalized ? pooled.personalized : pooled.control) =
                (rc.personalized ? pooled.personalized : pooled.control) + s;
        }
        return rateResult(id, pooled);
    }
    std::vector<CampaignTotals> campaigns = facts.campaignsIn(period);
    std::erase_if(campaigns, [](const CampaignTotals& c) { return !c.orders.has_value(); });
    if (campaigns.empty()) {
        PviResult r;
        r.id = id;
        r.reason = QCoreApplication::translate(
            "pvi::PviReason", "import per-recipient email activity together with an orders "
                              "export, or a Klaviyo campaign export with placed orders, to "
                              "see this");
        return r;
    }
    return rateResult(id, pool(
                              campaigns, [](const CampaignTotals& c) { return *c.orders; },
                              [](const CampaignTotals& c) { return c.delivered; }));
}

PviResult fatigue(const EmailFacts& facts, const Period& period) {
    PviResult r;
    r.id = QStringLiteral("personalization_fatigue");
    const FatigueAnalysis analysis = fatigueAnalysis(facts, period);
    if (!analysis.available) {
        r.reason = analysis.reason;
        return r;
    }
    r.available = true;
    r.n = analysis.sends;
    if (analysis.onset)
        r.value = *analysis.onset;
    else
        r.reason = QCoreApplication::translate(
            "pvi::PviReason", "no frequency band has significantly lower opens or higher "
                              "unsubscribes than the least frequent one");
    auto perWeek = [](qint64 sends, qint64 weeks) {
        return GroupValue{
            weeks > 0 ? std::optional<double>(double(sends) / double(weeks)) : std::nullopt, sends};
    };
    applyValueSplit(r, perWeek(analysis.personalizedSends, analysis.personalizedRecipientWeeks),
                    perWeek(analysis.genericSends, analysis.genericRecipientWeeks));
    r.splitReason = QStringLiteral("personalized and generic values are sends per recipient per "
                                   "week of each kind of campaign");
    for (const FatigueBand& band : analysis.bands) {
        SegmentValue s;
        s.id = QStringLiteral("sends_per_week_") + band.label;
        s.name = QStringLiteral("%1 send(s) per week: open rate %, unsubscribe rate % as "
                                "control")
                     .arg(band.label);
        s.value = band.open.rate ? std::optional<double>(*band.open.rate * 100.0) : std::nullopt;
        s.n = band.open.n;
        s.personalized = {s.value, band.open.n};
        s.control = {band.unsubscribe.rate ? std::optional<double>(*band.unsubscribe.rate * 100.0)
                                           : std::nullopt,
                     band.unsubscribe.n};
        r.segments.push_back(s);
    }
    return r;
}

struct EmailComputation {
    const char* id;
    EmailFunction compute;
};

constexpr EmailComputation kEmailComputations[] = {
    {"email_open_rate", &openRate},
    {"email_click_rate", &clickRate},
    {"email_unsubscribe_rate", &unsubscribeRate},
    {"email_conversion_rate", &conversionRate},
    {"list_growth_rate", &listGrowthRate},
    {"personalization_fatigue", &fatigue},
    {"opt_out_trend", &optOutTrend},
};

const EmailComputation* findEmail(const QString& id) {
    const auto it =
        std::find_if(std::begin(kEmailComputations), std::end(kEmailComputations),
                     [&](const EmailComputation& c) { return id == QLatin1String(c.id); });
    return it == std::end(kEmailComputations) ? nullptr : &*it;
}

} // namespace

QString noEmailCampaignsReason() {
    return QStringLiteral("import a Mailchimp or Klaviyo campaign export to see this");
}

bool isEmailPvi(const QString& id) {
    return findEmail(id) != nullptr;
}

PviResult computeEmailPvi(const EmailFacts& facts, const QString& id, const Period& period) {
    PviResult result;
    result.id = id;
    const EmailComputation* computation = findEmail(id);
    if (!computation) {
        result.reason = QStringLiteral("unknown PVI '%1'").arg(id);
        return result;
    }
    if (!period.isValid()) {
        result.reason =
            QCoreApplication::translate("pvi::PviReason", "the period is not a valid date range");
        return result;
    }
    return computation->compute(facts, period);
}

PviResult computeEmailPvi(Workspace& workspace, const QString& id, const Period& period) {
    try {
        return computeEmailPvi(EmailFacts::load(workspace, PersonalizationRules::list(workspace)),
                               id, period);
    } catch (const DbError& e) {
        PviResult result;
        result.id = id;
        result.reason =
            QCoreApplication::translate("pvi::PviReason", "the workspace could not be read: %1")
                .arg(e.message());
        return result;
    }
}

} // namespace pvi
