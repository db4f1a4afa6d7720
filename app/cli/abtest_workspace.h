#pragma once

#include "analytics/experiments/traffic_planner.h"
#include "cli/command.h"

#include <QDate>

namespace pvi::cli {

/// What `pvi abtest WS.pvi ...` was asked to do.
struct WorkspaceAbtestOptions {
    QString workspacePath;
    QString experiment; ///< empty = all experiments
    QString importPath; ///< a per-visitor or arm-totals CSV to store first (empty = none)
    QDate asOf;         ///< experiments ended on or before count as concluded
    bool json = false;
};

/// `pvi abtest WS.pvi [--import FILE.csv] [--experiment NAME] [--as-of DATE]`: every stored
/// experiment (or the named one) compared arm by arm, with revenue per visitor (Welch,
/// Mann–Whitney) and the portfolio of concluded tests (adjusted p-values, win rate).
int runWorkspaceAbtest(const WorkspaceAbtestOptions& options, Io& io);

/// What `pvi abtest WS.pvi --plan-from-traffic ...` was asked to do.
struct TrafficPlanOptions {
    QString workspacePath;
    PlanMetric metric = PlanMetric::Conversion;
    double relativeMde = 0.1;
    double controlShare = 0.5;
    double power = 0.8;
    double alpha = 0.05;
    QDate asOf; ///< the traffic counted ends at the latest data on or before this day
    bool json = false;
};

/// `pvi abtest WS.pvi --plan-from-traffic`: the baseline and weekly volume read from the
/// workspace, the weeks a test needs for the relative effect and what 2, 4 and 8 weeks detect.
int runTrafficPlan(const TrafficPlanOptions& options, Io& io);

} // namespace pvi::cli
