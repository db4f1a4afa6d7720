#pragma once

#include "analytics/experiments/experiment.h"
#include "analytics/experiments/experiment_analysis.h"
#include "analytics/experiments/experiment_cuped.h"
#include "analytics/experiments/traffic_planner.h"

#include <QDate>
#include <QString>

#include <vector>

namespace pvi {

/// Everything the Experiments page shows: the stored experiments, each one's analysis (same
/// order) and the portfolio across those concluded by `asOf`.
struct ExperimentsData {
    QDate asOf;
    std::vector<Experiment> experiments;
    std::vector<ExperimentAnalysis> analyses;
    std::vector<ExperimentCuped> cuped; ///< revenue adjusted with pre-period revenue (same order)
    /// The shop's traffic for planning a test, one per PlanMetric (conversion, orders, email).
    std::vector<TrafficBaseline> traffic;
    PortfolioAnalysis portfolio;
    QString error; ///< why the workspace could not be read
    /// Why the workspace cannot be changed (opened read-only); empty when it can.
    QString readOnlyReason;
};

} // namespace pvi
