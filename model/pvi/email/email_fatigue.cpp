#include "pvi/email/email_fatigue.h"

#include "pvi/email/email_facts.h"
#include "pvi/engine/personalization_rules.h"
#include "stats/proportion_tests.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <vector>

namespace pvi {

namespace {

/// The Julian day of the Monday of `day`'s week: Julian day 0 was a Monday (QDate::dayOfWeek's
/// arithmetic, without a QDate per send).
qint64 mondayOf(qint64 day) {
    return day - ((day % 7) + 7) % 7;
}

/// The sends' indices grouped by recipient, each recipient's in the order of the sends (by day,
/// so their weeks ascend): a counting sort when the recipient numbers are dense, as import
/// numbers them, else a stable sort.
std::vector<std::uint32_t> byRecipient(std::span<const EmailDelivery> sends) {
    std::vector<std::uint32_t> order(sends.size());
    std::uint64_t largest = 0;
    for (const EmailDelivery& s : sends)
        largest = std::max(largest, s.recipient);
    if (largest > 4 * std::uint64_t(sends.size()) + 1024) {
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return sends[a].recipient < sends[b].recipient;
        });
        return order;
    }
    std::vector<std::uint32_t> start(static_cast<std::size_t>(largest) + 2, 0);
    for (const EmailDelivery& s : sends)
        ++start[static_cast<std::size_t>(s.recipient) + 1];
    for (std::size_t r = 1; r < start.size(); ++r)
        start[r] += start[r - 1];
    for (std::size_t i = 0; i < sends.size(); ++i)
        order[start[static_cast<std::size_t>(sends[i].recipient)]++] =
            static_cast<std::uint32_t>(i);
    return order;
}

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
    // Sends per (recipient, week), overall and per personalized/generic: the sends grouped by
    // recipient, each recipient's by day, so each recipient-week is one run.
    const std::vector<std::uint32_t> order = byRecipient(sends);
    for (const EmailDelivery& s : sends)
        ++(s.personalized ? result.personalizedSends : result.genericSends);
    result.sends = static_cast<qint64>(sends.size());
    std::vector<ProportionSummary> openBands(kFatigueTopBand + 1), unsubBands(kFatigueTopBand + 1);
    for (std::size_t begin = 0; begin < order.size();) {
        const EmailDelivery& first = sends[order[begin]];
        const qint64 monday = mondayOf(first.day);
        std::size_t end = begin + 1;
        while (end < order.size() && sends[order[end]].recipient == first.recipient &&
               mondayOf(sends[order[end]].day) == monday)
            ++end;
        const int band = static_cast<int>(std::min<std::size_t>(end - begin, kFatigueTopBand));
        bool personalized = false, generic = false;
        for (std::size_t k = begin; k < end; ++k) {
            const EmailDelivery& s = sends[order[k]];
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
