#include "pages/overview_loader.h"

#include "pages/cohort_grid.h"
#include "pages/workspace_reader.h"
#include "pvi/effect/pvi_effect.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/metrics_trend.h"
#include "pvi/engine/period_filter.h"
#include "pvi/engine/pvi_engine.h"
#include "pvi/engine/pvi_registry.h"
#include "pvi/engine/pvi_run_cache.h"
#include "pvi/engine/workspace_currency.h"
#include "pvi/reports/cohort_report.h"
#include "pvi/web/pvi_web.h"
#include "store/workspace.h"
#include "widgets/pvi_text.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// Months in the revenue-and-orders chart, ending with the selected period's month.
constexpr int kTrendMonths = 12;

/// PVIs the model reports as a fraction that the Overview shows in percent.
bool shownAsPercent(const QString& id) {
    return id == u"churn_risk"_s;
}

void scaleGroup(GroupValue& group, double factor) {
    if (group.value)
        *group.value *= factor;
}

/// A fraction PVI's values in percent (the lift, already relative, stays as it is).
void fractionToPercent(PviResult& r) {
    if (r.value)
        *r.value *= 100.0;
    scaleGroup(r.personalized, 100.0);
    scaleGroup(r.control, 100.0);
    scaleGroup(r.previous, 100.0);
    for (SegmentValue& s : r.segments) {
        if (s.value)
            *s.value *= 100.0;
        scaleGroup(s.personalized, 100.0);
        scaleGroup(s.control, 100.0);
    }
}

/// The unit written after a tile's number, for the units that have one of their own.
QString unitLabel(PviUnit unit) {
    switch (unit) {
    case PviUnit::OrdersPerYear:
        return QCoreApplication::translate("OverviewLoader", "orders/year");
    case PviUnit::Years:
        return QCoreApplication::translate("OverviewLoader", "years");
    case PviUnit::Months:
        return QCoreApplication::translate("OverviewLoader", "months");
    case PviUnit::Seconds:
        return QCoreApplication::translate("OverviewLoader", "seconds");
    default:
        return QString();
    }
}

void describe(PviTileData& tile, const PviDefinition& source, const QString& currency) {
    const PviDefinition def = translated(source);
    tile.id = def.id;
    tile.title = def.title;
    tile.explanation = def.explanation;
    tile.formula = def.formula;
    tile.higherIsBetter = def.direction != PviDefinition::Direction::LowerIsBetter;
    if (def.unit == PviUnit::Currency) {
        tile.kind = ValueKind::Currency;
        tile.unitLabel = currency;
    } else if (def.unit == PviUnit::Percent || shownAsPercent(def.id)) {
        tile.kind = ValueKind::Percent;
    } else if (def.unit == PviUnit::Count) {
        tile.kind = ValueKind::Count;
    } else {
        tile.kind = ValueKind::Decimal;
        tile.unitLabel = unitLabel(def.unit);
    }
}

QList<double> sparkline(const PviRun& run, const QString& id) {
    const double factor = shownAsPercent(id) ? 100.0 : 1.0;
    QList<double> values;
    const auto it = run.sparklines.find(id);
    if (it == run.sparklines.end())
        return values;
    for (const auto& [day, value] : it->second) {
        Q_UNUSED(day);
        values.append(value ? *value * factor : std::numeric_limits<double>::quiet_NaN());
    }
    return values;
}

PviTileData tileFor(const PviResult& result, const QString& currency) {
    PviTileData tile;
    if (const PviDefinition* def = PviRegistry::find(result.id))
        describe(tile, *def, currency);
    else
        tile.id = tile.title = result.id;
    tile.result = result;
    if (shownAsPercent(result.id))
        fractionToPercent(tile.result);
    return tile;
}

/// The selection-adjusted estimate next to a self-selected lift (docs/effect.md): in the tooltip
/// of every † tile, and after the lift of the revenue-per-customer tiles.
void noteSelection(PviTileData& tile, const PviResult& adjusted, const QString& currency) {
    if (tile.id == QLatin1String(kAdjustedRevenueEffectId)) {
        tile.adjustedForSelection = true;
        return;
    }
    if (!tile.result.liftPercent)
        return;
    tile.selectionNote = adjusted.available
                             ? adjusted.summary
                             : QCoreApplication::translate("OverviewLoader", "not available — %1.")
                                   .arg(adjusted.reason);
    if (adjusted.available && adjusted.value &&
        (tile.id == u"revenue_per_customer"_s || tile.id == u"incremental_revenue"_s))
        tile.adjustedLift =
            QCoreApplication::translate("OverviewLoader",
                                        "Adjusted for selection: %1%2 per customer, 90 days")
                .arg(*adjusted.value > 0 ? u"+"_s : QString(),
                     formatMoney(*adjusted.value, currency));
}

/// The web tiles: the selected period's results when one of them has a value, else every web
/// PVI computed for the latest analytics report's range (with its previous range).
void loadWebTiles(OverviewData& data, Workspace& workspace, const PviRun& run,
                  const Period& period) {
    const std::vector<PviResult>& results = run.results;
    const std::optional<Period> latest = latestWebReportRange(workspace);
    if (!latest)
        return;
    const bool inPeriod = std::any_of(results.begin(), results.end(), [](const PviResult& r) {
        return isWebPvi(r.id) && r.available && r.value;
    });
    data.webPeriod = inPeriod ? period : *latest;
    data.webPeriodIsSelected = inPeriod;
    // Read once for every web tile's latest range and the range before it.
    const std::optional<WebReports> reports =
        inPeriod ? std::nullopt : std::optional<WebReports>(WebReports::load(workspace));
    for (const PviResult& result : results) {
        if (!isWebPvi(result.id))
            continue;
        PviResult web = result;
        if (reports) {
            web = computeWebPvi(*reports, result.id, *latest);
            const PviResult before = computeWebPvi(*reports, result.id, latest->previous());
            web.previous = {before.value, before.n};
        }
        PviTileData tile = tileFor(web, data.currency);
        if (inPeriod && web.available && period.isValid())
            tile.trend = sparkline(run, web.id);
        data.webTiles.append(tile);
    }
}

void loadOverviewInto(OverviewData& data, Workspace& workspace, const PeriodFilter& filter) {
    const MetricsQuery query = resolveQuery(workspace, filter);
    data.empty = !lastDayOfData(workspace).isValid();
    data.period = query.period;
    data.comparison = query.comparison;
    data.currency = workspaceCurrency(workspace);

    // The revenue trend and the cohorts first: the run is usually being computed already (the
    // window's start prefetches it), so these are read while it finishes instead of after.
    if (!data.empty && query.period.isValid()) {
        const QDate firstMonth = QDate(query.period.to.year(), query.period.to.month(), 1)
                                     .addMonths(-(kTrendMonths - 1));
        for (const TrendPoint& point : monthlyTrend(workspace, {firstMonth, query.period.to}))
            data.months.append({point.month, point.revenue, point.orders});
        data.cohorts = cohortGrid(computeCohorts(workspace, query.period.to).all);
    }

    const std::shared_ptr<const PviRun> shared = PviRunCache::shared().run(workspace, query);
    const PviRun& run = *shared;
    loadWebTiles(data, workspace, run, query.period);
    const PviResult* adjusted = run.find(QLatin1String(kAdjustedRevenueEffectId));
    for (const PviResult& result : run.results) {
        if (!data.webTiles.isEmpty() && isWebPvi(result.id))
            continue;
        PviTileData tile = tileFor(result, data.currency);
        if (result.available && query.period.isValid())
            tile.trend = sparkline(run, result.id);
        if (adjusted)
            noteSelection(tile, *adjusted, data.currency);
        if (result.id == u"rfm_segment"_s) {
            for (const SegmentValue& segment : result.segments)
                data.segments.append({segment.name, segment.n});
        }
        data.tiles.append(tile);
    }
}

} // namespace

OverviewData loadOverview(const QString& workspacePath, const PeriodFilter& filter) {
    OverviewData data;
    readWorkspace(data, workspacePath,
                  QCoreApplication::translate("OverviewLoader", "The workspace could not be read"),
                  [&](Workspace& workspace) { loadOverviewInto(data, workspace, filter); });
    return data;
}

} // namespace pvi
