#pragma once

#include "analytics/experiments/experiment.h"
#include "analytics/experiments/experiment_analysis.h"

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
    PortfolioAnalysis portfolio;
    QString error; ///< why the workspace could not be read
    /// Why the workspace cannot be changed (opened read-only); empty when it can.
    QString readOnlyReason;
};

} // namespace pvi
