#pragma once
// The PVI engine: the one place that knows which family computes a registered PVI. The metrics
// of a period, their previous values, the sparklines, the daily and weekly series and
// `pvi metrics` all go through computePviIn() over one PviSources, so every source is read once
// per refresh and every family has the same coverage everywhere.

#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_definition.h"
#include "pvi/engine/pvi_result.h"

#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace pvi {

class PviSources;
class Workspace;

/// The family of a registered PVI; nothing for an unknown id.
std::optional<PviFamily> pviFamilyOf(const QString& id);

/// Whether the PVI can be computed for any period, and so has a sparkline and a daily or weekly
/// series (its row's hasSeries in the PVI table): every family except the predictive PVIs (a
/// lifetime fit per point would cost a fit each) and targets (a judgement of the other PVIs, not a
/// measure).
bool pviHasSeries(const QString& id);

/// One registered PVI for one period (no previous value). Never throws: a database failure is
/// the result's reason.
PviResult computePviIn(PviSources& sources, const QString& id, const Period& period);

/// `count` consecutive periods as long as `ending`, oldest first, the last being `ending`.
std::vector<Period> consecutivePeriods(const Period& ending, int count);

/// A value per period, dated by the period's last day.
using PviTrend = std::vector<std::pair<QDate, std::optional<double>>>;

/// Every PVI of one refresh.
struct PviRun {
    MetricsQuery query;
    /// One result per registered PVI, in PviRegistry order, with its previous-period value
    /// (except the predictive PVIs, fitted once as of the period's end).
    std::vector<PviResult> results;
    /// Per available PVI with a series: its value over consecutive periods as long as the query's
    /// period, oldest first, the last being the query's period (empty without sparklinePoints).
    std::map<QString, PviTrend> sparklines;

    /// The result with this id, or null.
    const PviResult* find(const QString& id) const;
};

/// Computes the run: each source loaded once, every PVI for the period, its comparison and, with
/// `sparklinePoints` > 0, that many points of each sparkline. Never throws.
PviRun computeRun(Workspace& workspace, const MetricsQuery& query, int sparklinePoints = 0);

} // namespace pvi
