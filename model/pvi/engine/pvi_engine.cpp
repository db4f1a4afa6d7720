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
#include "pvi/orders/order_snapshot.h"
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
#include <atomic>
#include <future>

namespace pvi {

namespace {

/// The families that need valid orders keep the engine's "import orders" reason without them.
bool needsOrders(PviFamily family) {
    return family == PviFamily::Orders || family == PviFamily::Predictive ||
           family == PviFamily::Monitoring || family == PviFamily::Fairness ||
           family == PviFamily::Effect;
}

/// The order PVIs computed from the order snapshot alone (computePvi): pure functions of it. The
/// two other order PVIs also read the e-mail campaigns or the offers.
bool fromSnapshotAlone(PviFamily family, const QString& id) {
    return family == PviFamily::Orders && id != u"segment_conversion_rate" &&
           id != u"offer_redemption_rate";
}

PviResult computeFamily(PviSources& s, PviFamily family, const QString& id, const Period& period) {
    if (fromSnapshotAlone(family, id))
        return computePvi(s.orders(), id, period);
    switch (family) {
    case PviFamily::Orders:
        if (id == u"segment_conversion_rate")
            return segmentConversionRate(s.orders(), s.email(), period);
        return offerRedemptionRate(s.orders(), s.offers(), period);
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

namespace {

/// One PVI in one period, to compute.
struct Cell {
    QString id;
    Period period;
    PviResult result;
};

/// Computes every cell, on two threads. The cells computed from loaded sources alone (the order
/// snapshot, the experiments: pure functions of them) go to whichever thread is free; the others
/// may read the workspace through the run's connection, so this thread computes them first, then
/// helps with the rest.
void computeCells(PviSources& sources, std::vector<Cell>& cells) {
    const OrderSnapshot* snapshot = nullptr;
    const std::vector<ExperimentAnalysis>* experiments = nullptr;
    try {
        snapshot = &sources.orders();
        experiments = &sources.experiments();
    } catch (const DbError&) {
        // The cells without their source are computed here, each reporting the failure.
    }
    const auto experimentCell = [&](const Cell& cell) {
        return pviFamilyOf(cell.id) == PviFamily::Experiments;
    };
    std::vector<Cell*> shared;
    std::vector<Cell*> here;
    for (Cell& cell : cells) {
        const bool fromOrders = snapshot != nullptr && !snapshot->orders.empty() &&
                                fromSnapshotAlone(*pviFamilyOf(cell.id), cell.id);
        const bool fromExperiments = experiments != nullptr && experimentCell(cell);
        const bool pure = cell.period.isValid() && (fromOrders || fromExperiments);
        (pure ? shared : here).push_back(&cell);
    }
    // The lifetime and effect PVIs last: the fit and the estimate a preload started may still
    // be running.
    std::stable_partition(here.begin(), here.end(), [](const Cell* cell) {
        const PviFamily family = *pviFamilyOf(cell->id);
        return family != PviFamily::Predictive && family != PviFamily::Effect;
    });
    std::atomic<std::size_t> next{0};
    const auto computeShared = [&] {
        for (std::size_t k = next++; k < shared.size(); k = next++) {
            Cell& cell = *shared[k];
            cell.result = experimentCell(cell)
                              ? computeExperimentPvi(*experiments, cell.id, cell.period)
                              : computePvi(*snapshot, cell.id, cell.period);
        }
    };
    std::future<void> helper;
    if (shared.size() > 1)
        helper = std::async(std::launch::async, computeShared);
    for (Cell* cell : here)
        cell->result = computePviIn(sources, cell->id, cell->period);
    computeShared();
    if (helper.valid())
        helper.get();
}

/// Whether the run gives the PVI a previous-period value.
bool hasPrevious(PviFamily family) {
    return family != PviFamily::Predictive && family != PviFamily::Targets &&
           family != PviFamily::Effect;
}

} // namespace

PviRun computeRun(Workspace& workspace, const MetricsQuery& query, int sparklinePoints) {
    PviRun run;
    run.query = query;
    PviSources sources(workspace);
    // The lifetime fit and the effect adjusted for selection start as soon as the orders are in
    // and go on while the other PVIs compute (the sources keep them for their PVIs).
    sources.preload(query.period.to, query.period);
    // Every PVI in the period, then, where it has one, in the comparison.
    const bool compares = query.comparison.isValid();
    std::vector<Cell> cells;
    for (const PviDefinition& definition : PviRegistry::definitions()) {
        cells.push_back({definition.id, query.period, {}});
        if (compares && hasPrevious(*pviFamilyOf(definition.id)))
            cells.push_back({definition.id, query.comparison, {}});
    }
    computeCells(sources, cells);
    for (std::size_t c = 0; c < cells.size(); ++c) {
        PviResult result = std::move(cells[c].result);
        if (compares && hasPrevious(*pviFamilyOf(result.id))) {
            const PviResult& previous = cells[++c].result;
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
    // The earlier points of every available PVI with a series; the last point is the run's own
    // result, not computed twice.
    const std::vector<Period> periods = consecutivePeriods(query.period, sparklinePoints);
    cells.clear();
    for (const PviResult& result : run.results) {
        if (!result.available || !pviHasSeries(result.id))
            continue;
        for (std::size_t p = 0; p + 1 < periods.size(); ++p)
            cells.push_back({result.id, periods[p], {}});
    }
    computeCells(sources, cells);
    std::size_t c = 0;
    for (const PviResult& result : run.results) {
        if (!result.available || !pviHasSeries(result.id))
            continue;
        PviTrend& trend = run.sparklines[result.id];
        for (std::size_t p = 0; p + 1 < periods.size(); ++p, ++c) {
            const PviResult& r = cells[c].result;
            trend.emplace_back(periods[p].to, r.available ? r.value : std::nullopt);
        }
        trend.emplace_back(periods.back().to, result.value);
    }
    return run;
}

} // namespace pvi
