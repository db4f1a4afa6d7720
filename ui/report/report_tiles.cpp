#include "report/report_tiles.h"

#include "pages/experiment_summary.h"
#include "pvi/effect/pvi_effect.h"
#include "pvi/engine/pvi_registry.h"
#include "report/report_texts.h"
#include "widgets/value_format.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi::report {

namespace {

constexpr double kAlpha = 0.05;

bool significant(const PviResult& r) {
    return r.liftPercent && r.pValue && *r.pValue < kAlpha;
}

QString intervalText(const std::optional<std::pair<double, double>>& ci) {
    if (!ci)
        return {};
    return ReportText::tr(" (95% CI %1 to %2)")
        .arg(formatSignedPercent(ci->first), formatSignedPercent(ci->second));
}

/// The change against the comparison period in percent (points for percentages); none without.
std::optional<double> changeSize(const PviTileData& tile) {
    const PviResult& r = tile.result;
    if (!r.value || !r.previous.value)
        return std::nullopt;
    if (tile.kind == ValueKind::Percent)
        return *r.value - *r.previous.value;
    if (std::abs(*r.previous.value) < 1e-12)
        return std::nullopt;
    return (*r.value - *r.previous.value) / std::abs(*r.previous.value) * 100.0;
}

QString withoutFinalStop(QString text) {
    while (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString lowerFirst(QString text) {
    if (!text.isEmpty() && !(text.size() > 1 && text[1].isUpper()))
        text[0] = text[0].toLower();
    return text;
}

} // namespace

ReportTile reportTile(const PviTileData& tile, bool withVerdict) {
    ReportTile out;
    out.title = tile.title;
    const PviResult& r = tile.result;
    out.value = r.available && r.value ? formatValue(*r.value, tile.kind, tile.unitLabel)
                                       : ReportText::tr("not available");
    if (r.available && r.value) {
        const auto [change, sign] = formatChange(*r.value, r.previous.value, tile.kind);
        if (!change.isEmpty()) {
            out.change = ReportText::tr("%1 vs comparison").arg(change);
            out.changeTone = tile.higherIsBetter ? sign : -sign;
        }
    }
    if (r.liftPercent)
        out.lift = ReportText::tr("Personalized %1%2")
                       .arg(formatLift(*r.liftPercent, r.pValue), intervalText(r.liftCi95));
    if (withVerdict)
        out.verdict = verdictSentence(tile);
    return out;
}

QString verdictSentence(const PviTileData& tile, const AlertItem* targetAlert) {
    const PviResult& r = tile.result;
    if (!r.available)
        return ReportText::tr("Not available: %1.").arg(r.reason);
    QStringList parts;
    const QString what = lowerFirst(tile.title);
    if (r.liftPercent) {
        const QString gap =
            withPercentSign(displayLocale().toString(std::abs(*r.liftPercent), 'f', 1));
        const QString sentence =
            *r.liftPercent >= 0
                ? ReportText::tr("For personalized customers the %1 is %2 higher than for generic "
                                 "ones%3")
                : ReportText::tr("For personalized customers the %1 is %2 lower than for generic "
                                 "ones%3");
        QString lift = sentence.arg(what, gap, intervalText(r.liftCi95));
        if (significant(r))
            lift += ReportText::tr("; a gap this size is unlikely to be chance (%1).")
                        .arg(formatPValue(*r.pValue));
        else if (r.pValue)
            lift += ReportText::tr(", but a gap this size could be chance (%1).")
                        .arg(formatPValue(*r.pValue));
        else
            lift += u"."_s;
        parts << lift;
        if (!tile.randomized && !tile.adjustedForSelection && significant(r))
            parts << ReportText::tr("Self-selected: not proven by an experiment.");
    }
    if (const std::optional<double> change = changeSize(tile)) {
        const QString size =
            tile.kind == ValueKind::Percent
                ? ReportText::tr("%1 points")
                      .arg(displayLocale().toString(std::abs(*change), 'f', 1))
                : withPercentSign(displayLocale().toString(std::abs(*change), 'f', 1));
        const QString moved =
            *change > 0 ? ReportText::tr("It rose by %1 since the comparison period (from %2).")
                        : ReportText::tr("It fell by %1 since the comparison period (from %2).");
        parts << (std::abs(*change) < 0.05
                      ? ReportText::tr("It is unchanged since the comparison period.")
                      : moved.arg(size, formatValue(*r.previous.value, tile.kind, tile.unitLabel)));
    }
    if (targetAlert)
        parts << ReportText::tr("Target: %1.").arg(targetAlert->detail);
    return parts.join(u' ');
}

const AlertItem* targetAlertOf(const ReportInputs& inputs, const PviTileData& tile) {
    for (const AlertItem& alert : inputs.alerts.alerts) {
        if (alert.source == u"target"_s && alert.title == tile.title)
            return &alert;
    }
    return nullptr;
}

QList<const PviTileData*> summaryTiles(const ReportInputs& inputs, int count) {
    struct Scored {
        const PviTileData* tile;
        double score;
        int order;
    };
    std::vector<Scored> scored;
    int order = 0;
    const QList<PviTileData>& tiles = inputs.overview.tiles;
    auto consider = [&](const PviTileData& tile) {
        const PviResult& r = tile.result;
        ++order;
        if (!r.available || !r.value)
            return;
        double score = 0;
        if (significant(r))
            score = 3 + std::min(std::abs(*r.liftPercent), 100.0) / 100.0;
        if (const AlertItem* alert = targetAlertOf(inputs, tile))
            score = std::max(score, alert->level == AlertItem::Level::Alert ? 2.5 : 1.5);
        if (const std::optional<double> change = changeSize(tile))
            score = std::max(score, std::min(std::abs(*change) / 20.0, 2.0));
        if (score > 0)
            scored.push_back({&tile, score, order});
    };
    for (const PviTileData& tile : tiles)
        consider(tile);
    for (const PviTileData& tile : inputs.overview.webTiles)
        consider(tile);
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
        return a.score != b.score ? a.score > b.score : a.order < b.order;
    });
    QList<const PviTileData*> chosen;
    for (const Scored& s : scored) {
        const PviResult& r = s.tile->result;
        const bool repeats = std::any_of(chosen.begin(), chosen.end(), [&](const PviTileData* c) {
            return r.liftPercent && c->result.liftPercent &&
                   *c->result.liftPercent == *r.liftPercent && c->result.pValue == r.pValue;
        });
        if (repeats)
            continue;
        chosen.append(s.tile);
        if (chosen.size() == count)
            break;
    }
    return chosen;
}

QStringList recommendations(const ReportInputs& inputs) {
    QStringList out;
    const ExperimentsData& experiments = inputs.experiments;
    // Scale what an experiment proved.
    QString scale;
    for (std::size_t i = 0; i < experiments.analyses.size() && scale.isEmpty(); ++i) {
        const ExperimentAnalysis& analysis = experiments.analyses[i];
        if (verdictChip(analysis, experiments.asOf) != VerdictChip::Won)
            continue;
        for (const ArmComparison& arm : analysis.comparisons) {
            if (verdictChip(arm.rates) == VerdictChip::Won) {
                scale =
                    ReportText::tr(
                        "Scale “%1” of the experiment “%2”: in a randomized test it converted %3 "
                        "against “%4” (%5).")
                        .arg(arm.treatmentArm, analysis.name, liftText(arm.rates.liftPercent),
                             analysis.controlArm, formatPValue(arm.rates.pValue.value_or(1)));
                break;
            }
        }
    }
    if (scale.isEmpty())
        scale = ReportText::tr("Scale nothing on evidence alone yet: no concluded experiment shows "
                               "a significant win for a personalization (%n experiment(s) stored).",
                               nullptr, int(experiments.experiments.size()));
    out << scale;
    // Test what a self-selected comparison only suggests.
    QString test;
    for (const PviTileData& tile : inputs.overview.tiles) {
        if (tile.randomized || tile.adjustedForSelection || !significant(tile.result) ||
            *tile.result.liftPercent <= 0)
            continue;
        test =
            ReportText::tr(
                "Test the personalization behind the %1 with a randomized experiment: personalized "
                "customers show %2, but they were not assigned at random.")
                .arg(lowerFirst(tile.title), formatSignedPercent(*tile.result.liftPercent));
        const QString plan = confirmingExperimentText(
            inputs.roi.ledger.adjustedEffect, inputs.overview.currency, effectNumberFormat());
        if (!plan.isEmpty())
            test += u" "_s + plan;
        break;
    }
    if (test.isEmpty())
        test = ReportText::tr(
            "Nothing self-selected stands out to test: no personalized-vs-generic gap is "
            "significant in this period.");
    out << test;
    // Watch what is off target or anomalous.
    QString watch;
    for (const AlertItem& alert : inputs.alerts.alerts) {
        if (alert.level == AlertItem::Level::Alert || watch.isEmpty())
            watch = ReportText::tr("Watch %1: %2.")
                        .arg(lowerFirst(alert.title), withoutFinalStop(alert.detail));
        if (alert.level == AlertItem::Level::Alert)
            break;
    }
    if (watch.isEmpty()) {
        const PviTileData* worst = nullptr;
        double worstChange = 0;
        for (const PviTileData& tile : inputs.overview.tiles) {
            const std::optional<double> change = changeSize(tile);
            if (!change || !tile.result.available)
                continue;
            const double adverse = tile.higherIsBetter ? -*change : *change;
            if (adverse > worstChange) {
                worstChange = adverse;
                worst = &tile;
            }
        }
        watch = worst ? ReportText::tr("Watch the %1: %2")
                            .arg(lowerFirst(worst->title), verdictSentence(*worst))
                      : ReportText::tr(
                            "Nothing needs watching: no target is off track and no anomaly was "
                            "found.");
    }
    out << watch;
    return out;
}

} // namespace pvi::report
