#include "pvi/engine/pvi_engine.h"

#include "pvi/costs/pvi_costs.h"
#include "pvi/effect/pvi_effect.h"
#include "pvi/email/pvi_email.h"
#include "pvi/engine/metric_support.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/pvi_registry.h"
#include "pvi/engine/pvi_sources.h"
#include "pvi/experiments/pvi_experiments.h"
#include "pvi/lifetime/pvi_predictive.h"
#include "pvi/monitoring/pvi_monitoring.h"
#include "pvi/monitoring/pvi_targets.h"
#include "pvi/orders/pvi_engagement_score.h"
#include "pvi/orders/pvi_fairness.h"
#include "pvi/orders/pvi_offers.h"
#include "pvi/orders/pvi_segment_conversion.h"
#include "pvi/surveys/pvi_surveys.h"
#include "pvi/web/pvi_web.h"
#include "store/db_error.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace pvi {

namespace {

/// The families that need valid orders keep the engine's "import orders" reason without them.
bool needsOrders(PviFamily family) {
    return family == PviFamily::Orders || family == PviFamily::Predictive ||
           family == PviFamily::Monitoring || family == PviFamily::Fairness ||
           family == PviFamily::Effect;
}

PviResult computeFamily(PviSources& s, PviFamily family, const QString& id, const Period& period) {
    switch (family) {
    case PviFamily::Orders:
        // The two order PVIs that also read the e-mail campaigns.
        if (id == u"segment_conversion_rate")
            return segmentConversionRate(s.orders(), s.email(), period);
        if (id == u"offer_redemption_rate")
            return offerRedemptionRate(s.orders(), s.offers(), period);
        return computePvi(s.orders(), id, period);
    case PviFamily::Email:
        return computeEmailPvi(s.email(), id, period);
    case PviFamily::Surveys:
        return computeSurveyPvi(s.surveys(), id, period, s.ces());
    case PviFamily::Web:
        return computeWebPvi(s.webReports(), id, period);
    case PviFamily::Costs:
        return costPviFromLedger(id, s.costLedger(period), !s.costs().empty());
    case PviFamily::Predictive:
        return computePredictivePvi(s.predictive(period.to), id);
    case PviFamily::Experiments:
        return computeExperimentPvi(s.experiments(), id, period);
    case PviFamily::Monitoring:
        if (id == u"anomalies")
            return revenueAnomalies(s.orders(), period, s.anomalySettings());
        return journeyStageEngagement(
            s.orders(), period,
            computeWebPvi(s.webReports(), QStringLiteral("conversion_rate"), period));
    case PviFamily::Engagement:
        return engagementScore(s.engagement(), s.orders(), period);
    case PviFamily::Fairness:
        return fairnessRatio(
            s.customerLocations(), &s.fairnessGroups(),
            PersonalizationRules::patternsOf(s.rules(), QStringLiteral("order-tag")), s.orders(),
            period);
    case PviFamily::Effect:
        return adjustedRevenueEffect(s.selectionEffect(period), s.currency());
    case PviFamily::Targets:
        break;
    }
    return unavailable(id, QStringLiteral("computed from the other PVIs of the run"));
}

} // namespace

std::optional<PviFamily> pviFamilyOf(const QString& id) {
    const PviDefinition* definition = PviRegistry::find(id);
    if (definition == nullptr)
        return std::nullopt;
    return definition->family;
}

bool pviHasSeries(const QString& id) {
    const PviDefinition* definition = PviRegistry::find(id);
    return definition != nullptr && definition->hasSeries;
}

PviResult computePviIn(PviSources& sources, const QString& id, const Period& period) {
    const std::optional<PviFamily> family = pviFamilyOf(id);
    if (!family)
        return unavailable(id, QStringLiteral("unknown PVI '%1'").arg(id));
    try {
        if (needsOrders(*family) && sources.orders().orders.empty())
            return unavailable(id, noOrdersImportedReason());
        if (!period.isValid())
            return unavailable(id, QStringLiteral("the period is not a valid date range"));
        return computeFamily(sources, *family, id, period);
    } catch (const DbError& e) {
        return unavailable(id,
                           QStringLiteral("the workspace could not be read: %1").arg(e.message()));
    }
}

std::vector<Period> consecutivePeriods(const Period& ending, int count) {
    std::vector<Period> periods;
    if (count <= 0)
        return periods;
    periods.assign(static_cast<std::size_t>(count), ending);
    for (int i = count - 2; i >= 0; --i)
        periods[static_cast<std::size_t>(i)] = periods[static_cast<std::size_t>(i) + 1].previous();
    return periods;
}

const PviResult* PviRun::find(const QString& id) const {
    const auto it = std::find_if(results.begin(), results.end(),
                                 [&](const PviResult& r) { return r.id == id; });
    return it == results.end() ? nullptr : &*it;
}

PviRun computeRun(Workspace& workspace, const MetricsQuery& query, int sparklinePoints) {
    PviRun run;
    run.query = query;
    PviSources sources(workspace);
    // The effect adjusted for selection needs a sizeable working set for a moment: estimated
    // while the sources load, before most of them are in memory, it does not add to the later
    // PVIs' (the sources keep the estimate for its PVI).
    sources.preload(query.period.to, query.period);
    for (const PviDefinition& definition : PviRegistry::definitions()) {
        const PviFamily family = *pviFamilyOf(definition.id);
        PviResult result = computePviIn(sources, definition.id, query.period);
        if (query.comparison.isValid() && family != PviFamily::Predictive &&
            family != PviFamily::Targets && family != PviFamily::Effect) {
            const PviResult previous = computePviIn(sources, definition.id, query.comparison);
            result.previous = {previous.value, previous.n};
        }
        run.results.push_back(std::move(result));
    }
    // Targets last: they judge the other PVIs' values.
    for (PviResult& result : run.results) {
        if (pviFamilyOf(result.id) != PviFamily::Targets)
            continue;
        try {
            result = targetsOnTrack(workspace, run.results);
        } catch (const DbError& e) {
            result.reason =
                QCoreApplication::translate("pvi::PviReason", "the targets could not be read: %1")
                    .arg(e.message());
        }
    }
    if (sparklinePoints <= 0 || !query.period.isValid())
        return run;
    const std::vector<Period> periods = consecutivePeriods(query.period, sparklinePoints);
    for (const PviResult& result : run.results) {
        if (!result.available || !pviHasSeries(result.id))
            continue;
        PviTrend& trend = run.sparklines[result.id];
        for (const Period& p : periods) {
            // The last point is the run's own result, not computed twice.
            const PviResult r =
                &p == &periods.back() ? result : computePviIn(sources, result.id, p);
            trend.emplace_back(p.to, r.available ? r.value : std::nullopt);
        }
    }
    return run;
}

} // namespace pvi
