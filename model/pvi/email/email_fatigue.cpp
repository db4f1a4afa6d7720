#include "pvi/email/email_fatigue.h"

#include "pvi/email/email_facts.h"
#include "pvi/engine/personalization_rules.h"
#include "stats/proportion_tests.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <map>
#include <unordered_map>

namespace pvi {

namespace {

std::pair<std::uint64_t, qint64> recipientWeek(const EmailDelivery& d) {
    const QDate day = QDate::fromJulianDay(d.day);
    return {d.recipient, d.day - (day.dayOfWeek() - 1)}; // the week's Monday
}

struct PairHash {
    std::size_t operator()(const std::pair<std::uint64_t, qint64>& p) const {
        return std::hash<std::uint64_t>{}(p.first) ^ (std::hash<qint64>{}(p.second) << 1);
    }
};

} // namespace

FatigueAnalysis fatigueAnalysis(Workspace& workspace, const Period& period) {
    return fatigueAnalysis(EmailFacts::load(workspace, PersonalizationRules::list(workspace)),
                           period);
}

FatigueAnalysis fatigueAnalysis(const EmailFacts& facts, const Period& period) {
    FatigueAnalysis result;
    const std::span<const EmailDelivery> sends = facts.deliveriesIn(period);
    if (sends.empty()) {
        result.reason = QCoreApplication::translate(
            "pvi::PviReason", "import per-recipient email activity (who was sent, "
                              "opened and unsubscribed, with dates) to see this");
        return result;
    }
    // Sends per (recipient, week), overall and per personalized/generic.
    using WeekCounts = std::unordered_map<std::pair<std::uint64_t, qint64>, int, PairHash>;
    WeekCounts perWeek, perWeekPersonalized, perWeekGeneric;
    for (const EmailDelivery& s : sends) {
        ++perWeek[recipientWeek(s)];
        ++(s.personalized ? perWeekPersonalized : perWeekGeneric)[recipientWeek(s)];
        ++(s.personalized ? result.personalizedSends : result.genericSends);
    }
    result.sends = static_cast<qint64>(sends.size());
    result.recipientWeeks = static_cast<qint64>(perWeek.size());
    result.personalizedRecipientWeeks = static_cast<qint64>(perWeekPersonalized.size());
    result.genericRecipientWeeks = static_cast<qint64>(perWeekGeneric.size());

    std::map<int, ProportionSummary> opens, unsubs;
    for (const EmailDelivery& s : sends) {
        const int band = std::min(perWeek[recipientWeek(s)], kFatigueTopBand);
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
