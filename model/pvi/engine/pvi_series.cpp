#include "pvi/engine/pvi_series.h"

#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_engine.h"
#include "pvi/engine/pvi_sources.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <optional>
#include <vector>

namespace pvi {

namespace {

const QString kPersonalized = QStringLiteral("personalized");
const QString kGeneric = QStringLiteral("generic");

/// The points of the series: each day of the range, or each Monday-to-Sunday week inside it.
std::vector<Period> pointsOf(const Period& range, SeriesGranularity granularity) {
    std::vector<Period> points;
    if (!range.isValid())
        return points;
    if (granularity == SeriesGranularity::Daily) {
        for (QDate d = range.from; d <= range.to; d = d.addDays(1))
            points.push_back({d, d});
        return points;
    }
    QDate monday = range.from.addDays((8 - range.from.dayOfWeek()) % 7);
    for (; monday.addDays(6) <= range.to; monday = monday.addDays(7))
        points.push_back({monday, monday.addDays(6)});
    return points;
}

void addResult(PviSeries& series, const QDate& date, const PviResult& r) {
    if (!r.available || !r.value)
        return;
    series.values[date] = *r.value;
    if (r.personalized.value)
        series.segments[kPersonalized][date] = *r.personalized.value;
    if (r.control.value)
        series.segments[kGeneric][date] = *r.control.value;
    for (const SegmentValue& s : r.segments) {
        if (s.value)
            series.segments[s.id][date] = *s.value;
    }
}

/// revenue/orders: sums over the valid orders of each point, split by order-level exposure.
void fillBuiltin(PviSeries& series, const OrderSnapshot& snapshot,
                 const std::vector<Period>& points) {
    const bool revenue = series.id == u"revenue";
    for (const Period& p : points) {
        const qint64 from = p.from.toJulianDay();
        const qint64 to = p.to.toJulianDay();
        double all = 0, personalized = 0;
        for (const SnapshotOrder& o : snapshot.orders) {
            if (o.day < from || o.day > to)
                continue;
            const double v = revenue ? o.revenue : 1.0;
            all += v;
            personalized += o.exposed ? v : 0.0;
        }
        series.values[p.from] = all;
        if (snapshot.hasRules) {
            series.segments[kPersonalized][p.from] = personalized;
            series.segments[kGeneric][p.from] = all - personalized;
        }
    }
}

} // namespace

QStringList builtinSeriesIds() {
    return {QStringLiteral("revenue"), QStringLiteral("orders")};
}

bool hasPviSeries(const QString& id) {
    return builtinSeriesIds().contains(id) || pviHasSeries(id);
}

PviSeries loadPviSeries(Workspace& workspace, const QString& id, const Period& range,
                        SeriesGranularity granularity) {
    PviSeries series;
    series.id = id;
    series.granularity = granularity;
    if (!hasPviSeries(id)) {
        series.reason = QStringLiteral("'%1' has no daily or weekly series (use a PVI computed "
                                       "per period, or revenue / orders)")
                            .arg(id);
        return series;
    }
    const std::vector<Period> points = pointsOf(range, granularity);
    if (points.empty()) {
        series.reason = QStringLiteral("the range holds no full %1")
                            .arg(granularity == SeriesGranularity::Daily
                                     ? QStringLiteral("day")
                                     : QStringLiteral("Monday-to-Sunday week"));
        return series;
    }
    try {
        PviSources sources(workspace);
        if (builtinSeriesIds().contains(id)) {
            fillBuiltin(series, sources.orders(), points);
            return series;
        }
        for (const Period& p : points)
            addResult(series, p.from, computePviIn(sources, id, p));
        if (series.values.empty())
            series.reason =
                QStringLiteral("'%1' has no value on any %2 of the range")
                    .arg(id, granularity == SeriesGranularity::Daily ? QStringLiteral("day")
                                                                     : QStringLiteral("week"));
    } catch (const DbError& e) {
        series = PviSeries{id,
                           granularity,
                           {},
                           {},
                           QStringLiteral("the workspace could not be read: %1").arg(e.message())};
    }
    return series;
}

} // namespace pvi
