#include "pvi/email/email_fatigue.h"

#include "pvi/email/email_facts.h"
#include "pvi/engine/personalization_rules.h"
#include "stats/proportion_tests.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <map>
#include <vector>

namespace pvi {

namespace {

/// One send keyed by its recipient and week (the week's Monday).
struct RecipientWeekSend {
    std::uint64_t recipient = 0;
    qint64 monday = 0;
    std::size_t send = 0; ///< index into the period's sends
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
    // Sends per (recipient, week), overall and per personalized/generic: the sends sorted by
    // recipient and week, so each recipient-week is one run.
    std::vector<RecipientWeekSend> keyed;
    keyed.reserve(sends.size());
    for (std::size_t i = 0; i < sends.size(); ++i) {
        const EmailDelivery& s = sends[i];
        keyed.push_back({s.recipient, s.day - (QDate::fromJulianDay(s.day).dayOfWeek() - 1), i});
        ++(s.personalized ? result.personalizedSends : result.genericSends);
    }
    std::sort(
        keyed.begin(), keyed.end(), [](const RecipientWeekSend& x, const RecipientWeekSend& y) {
            return x.recipient != y.recipient ? x.recipient < y.recipient : x.monday < y.monday;
        });
    result.sends = static_cast<qint64>(sends.size());
    std::vector<ProportionSummary> openBands(kFatigueTopBand + 1), unsubBands(kFatigueTopBand + 1);
    for (std::size_t begin = 0; begin < keyed.size();) {
        std::size_t end = begin + 1;
        while (end < keyed.size() && keyed[end].recipient == keyed[begin].recipient &&
               keyed[end].monday == keyed[begin].monday)
            ++end;
        const int band = static_cast<int>(std::min<std::size_t>(end - begin, kFatigueTopBand));
        bool personalized = false, generic = false;
        for (std::size_t k = begin; k < end; ++k) {
            const EmailDelivery& s = sends[keyed[k].send];
            (s.personalized ? personalized : generic) = true;
            openBands[band] = openBands[band] + ProportionSummary{1, s.opened ? 1 : 0};
            unsubBands[band] = unsubBands[band] + ProportionSummary{1, s.unsubscribed ? 1 : 0};
        }
        ++result.recipientWeeks;
        result.personalizedRecipientWeeks += personalized ? 1 : 0;
        result.genericRecipientWeeks += generic ? 1 : 0;
        begin = end;
    }

    std::map<int, ProportionSummary> opens, unsubs;
    for (int band = 1; band <= kFatigueTopBand; ++band) {
        if (openBands[band].n == 0)
            continue;
        opens[band] = openBands[band];
        unsubs[band] = unsubBands[band];
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
