#include "report/report_tiles.h"

#include "pages/experiment_summary.h"
#include "pvi/effect/pvi_effect.h"
#include "pvi/engine/pvi_registry.h"
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

QString pText(double p) {
    return p < 0.001 ? u"p < 0.001"_s : u"p = %1"_s.arg(displayLocale().toString(p, 'f', 3));
}

QString intervalText(const std::optional<std::pair<double, double>>& ci) {
    if (!ci)
        return {};
    return u" (95% CI %1 to %2)"_s.arg(formatSignedPercent(ci->first),
                                       formatSignedPercent(ci->second));
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
                                       : u"not available"_s;
    if (r.available && r.value) {
        const auto [change, sign] = formatChange(*r.value, r.previous.value, tile.kind);
        if (!change.isEmpty()) {
            out.change = change + u" vs comparison"_s;
            out.changeTone = tile.higherIsBetter ? sign : -sign;
        }
    }
    if (r.liftPercent)
        out.lift = u"Personalized %1%2"_s.arg(formatLift(*r.liftPercent, r.pValue),
                                              intervalText(r.liftCi95));
    if (withVerdict)
        out.verdict = verdictSentence(tile);
    return out;
}

QString verdictSentence(const PviTileData& tile, const AlertItem* targetAlert) {
    const PviResult& r = tile.result;
    if (!r.available)
        return u"Not available: %1."_s.arg(r.reason);
    QStringList parts;
    const QString what = lowerFirst(tile.title);
    if (r.liftPercent) {
        const QString direction = *r.liftPercent >= 0 ? u"higher"_s : u"lower"_s;
        QString lift = u"For personalized customers the %1 is %2 %3 than for generic ones%4"_s.arg(
            what, displayLocale().toString(std::abs(*r.liftPercent), 'f', 1) + u"%"_s, direction,
            intervalText(r.liftCi95));
        if (significant(r))
            lift += u"; a gap this size is unlikely to be chance (%1)."_s.arg(pText(*r.pValue));
        else if (r.pValue)
            lift += u", but a gap this size could be chance (%1)."_s.arg(pText(*r.pValue));
        else
            lift += u"."_s;
        parts << lift;
        if (!tile.randomized && !tile.adjustedForSelection && significant(r))
            parts << u"Self-selected: not proven by an experiment."_s;
    }
    if (const std::optional<double> change = changeSize(tile)) {
        const QString size =
            tile.kind == ValueKind::Percent
                ? u"%1 points"_s.arg(displayLocale().toString(std::abs(*change), 'f', 1))
                : u"%1%"_s.arg(displayLocale().toString(std::abs(*change), 'f', 1));
        parts << (std::abs(*change) < 0.05
                      ? u"It is unchanged since the comparison period."_s
                      : u"It %1 by %2 since the comparison period (from %3)."_s.arg(
                            *change > 0 ? u"rose"_s : u"fell"_s, size,
                            formatValue(*r.previous.value, tile.kind, tile.unitLabel)));
    }
    if (targetAlert)
        parts << u"Target: %1."_s.arg(targetAlert->detail);
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
                scale = u"Scale “%1” of the experiment “%2”: in a randomized test it converted %3 "
                        "against “%4” (%5)."_s.arg(
                            arm.treatmentArm, analysis.name, liftText(arm.rates.liftPercent),
                            analysis.controlArm, pText(arm.rates.pValue.value_or(1)));
                break;
            }
        }
    }
    if (scale.isEmpty())
        scale = u"Scale nothing on evidence alone yet: no concluded experiment shows a significant "
                "win for a personalization (%1 experiment(s) stored)."_s.arg(
                    experiments.experiments.size());
    out << scale;
    // Test what a self-selected comparison only suggests.
    QString test;
    for (const PviTileData& tile : inputs.overview.tiles) {
        if (tile.randomized || tile.adjustedForSelection || !significant(tile.result) ||
            *tile.result.liftPercent <= 0)
            continue;
        test = u"Test the personalization behind the %1 with a randomized experiment: personalized "
               "customers show %2, but they were not assigned at random."_s.arg(
                   lowerFirst(tile.title), formatSignedPercent(*tile.result.liftPercent));
        const QString plan =
            confirmingExperimentText(inputs.roi.ledger.adjustedEffect, inputs.overview.currency);
        if (!plan.isEmpty())
            test += u" "_s + plan;
        break;
    }
    if (test.isEmpty())
        test = u"Nothing self-selected stands out to test: no personalized-vs-generic gap is "
               "significant in this period."_s;
    out << test;
    // Watch what is off target or anomalous.
    QString watch;
    for (const AlertItem& alert : inputs.alerts.alerts) {
        if (alert.level == AlertItem::Level::Alert || watch.isEmpty())
            watch = u"Watch %1: %2."_s.arg(lowerFirst(alert.title), withoutFinalStop(alert.detail));
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
        watch = worst ? u"Watch the %1: %2"_s.arg(lowerFirst(worst->title), verdictSentence(*worst))
                      : u"Nothing needs watching: no target is off track and no anomaly was "
                        "found."_s;
    }
    out << watch;
    return out;
}

} // namespace pvi::report
