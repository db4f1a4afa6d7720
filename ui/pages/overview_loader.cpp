#include "pages/overview_loader.h"

#include "pvi/cohort_report.h"
#include "pvi/metrics_engine.h"
#include "pvi/metrics_trend.h"
#include "pvi/pvi_registry.h"
#include "store/workspace.h"

#include <cmath>
#include <exception>
#include <limits>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// Periods in each tile's sparkline (the last one is the selected period).
constexpr int kSparklinePoints = 8;
/// Months in the revenue-and-orders chart, ending with the selected period's month.
constexpr int kTrendMonths = 12;

void describe(PviTileData& tile, const PviDefinition& def) {
    tile.id = def.id;
    tile.title = def.title;
    tile.explanation = def.explanation;
    tile.formula = def.formula;
    tile.higherIsBetter = def.direction != PviDefinition::Direction::LowerIsBetter;
    if (def.unit == u"currency"_s) {
        tile.kind = ValueKind::Currency;
    } else if (def.unit == u"percent"_s) {
        tile.kind = ValueKind::Percent;
    } else if (def.unit == u"count"_s) {
        tile.kind = ValueKind::Count;
    } else if (def.unit == u"orders_per_year"_s) {
        tile.kind = ValueKind::Decimal;
        tile.unitLabel = u"orders/year"_s;
    } else if (def.unit == u"years"_s) {
        tile.kind = ValueKind::Decimal;
        tile.unitLabel = u"years"_s;
    } else {
        tile.kind = ValueKind::Decimal;
    }
}

QList<double> sparkline(Workspace& workspace, const QString& id, const Period& period) {
    QList<double> values;
    for (const auto& [day, value] : pviTrend(workspace, id, period, kSparklinePoints)) {
        Q_UNUSED(day);
        values.append(value ? *value : std::numeric_limits<double>::quiet_NaN());
    }
    return values;
}

CohortGrid cohortGrid(const std::vector<CohortRow>& rows) {
    CohortGrid grid;
    for (const CohortRow& row : rows) {
        grid.cohorts.append(row.month);
        grid.sizes.append(row.customers);
        QList<std::optional<double>> shares;
        for (double percent : row.activePercent)
            shares.append(std::isfinite(percent) ? std::optional<double>(percent / 100.0)
                                                 : std::nullopt);
        grid.shares.append(shares);
    }
    return grid;
}

void loadInto(OverviewData& data, Workspace& workspace, const DashboardFilter& filter) {
    const MetricsQuery defaults = defaultMetricsQuery(workspace);
    data.empty = !defaults.period.isValid();
    const QDate lastDay = data.empty ? QDate() : defaults.period.to;
    MetricsQuery query;
    if (!data.empty || filter.preset == DashboardFilter::Preset::Custom) {
        query.period = filter.period(lastDay);
        query.comparison = filter.comparisonPeriod(query.period);
    }
    data.period = query.period;
    data.comparison = query.comparison;

    const std::vector<PviResult> results = computeMetrics(workspace, query);
    for (const PviResult& result : results) {
        PviTileData tile;
        if (const PviDefinition* def = PviRegistry::find(result.id))
            describe(tile, *def);
        else
            tile.id = tile.title = result.id;
        tile.result = result;
        if (result.available && query.period.isValid())
            tile.trend = sparkline(workspace, result.id, query.period);
        if (result.id == u"rfm_segment"_s) {
            for (const SegmentValue& segment : result.segments)
                data.segments.append({segment.name, segment.n});
        }
        data.tiles.append(tile);
    }
    if (data.empty || !query.period.isValid())
        return;

    const QDate firstMonth =
        QDate(query.period.to.year(), query.period.to.month(), 1).addMonths(-(kTrendMonths - 1));
    for (const TrendPoint& point : monthlyTrend(workspace, {firstMonth, query.period.to}))
        data.months.append({point.month, point.revenue, point.orders});
    data.cohorts = cohortGrid(computeCohorts(workspace, query.period.to).all);
}

} // namespace

OverviewData loadOverview(const QString& workspacePath, const DashboardFilter& filter) {
    OverviewData data;
    auto opened = Workspace::open(workspacePath, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        data.error = opened.error;
        return data;
    }
    try {
        loadInto(data, *opened.workspace, filter);
    } catch (const std::exception& e) {
        // The model reports failures as values; this is the last guard before the GUI.
        data.error = u"The workspace could not be read: %1"_s.arg(QString::fromUtf8(e.what()));
    }
    return data;
}

} // namespace pvi
