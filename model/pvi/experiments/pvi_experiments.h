#pragma once
// Family H (experiments): ab_lift, ab_p_value, ab_probability_to_beat, ab_sample_ratio_mismatch,
// ab_required_sample for the most recent experiment running in the period, and ab_win_rate over
// the experiments concluded by the period's end.

#include "analytics/experiments/experiment_analysis.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_definition.h"
#include "pvi/engine/pvi_result.h"

#include <QString>

#include <vector>

namespace pvi {

class Workspace;

/// Minimum detectable effect behind ab_required_sample: 5 percentage points (absolute).
inline constexpr double kAbRequiredSampleMde = 0.05;

/// Whether the id is one of the experiment PVIs this file computes.
bool isExperimentPvi(const QString& id);

/// The reason shown when the workspace holds no experiment.
QString noExperimentsReason();

/// Every experiment analysed, in the same order. An analysis does not depend on the period: a
/// run analyses each experiment once, and the PVIs of every period read the analyses (which
/// keep no per-visitor row).
std::vector<ExperimentAnalysis> analyzeExperiments(const std::vector<Experiment>& experiments);

/// The experiment the per-test PVIs report for `period`: among those that ran during it
/// (started by its end, not ended before its start), the one started last; null when none.
const ExperimentAnalysis* latestExperimentIn(const std::vector<ExperimentAnalysis>& experiments,
                                             const Period& period);

/// ab_required_sample for a baseline conversion rate and an absolute effect (0.05 = 5 points):
/// visitors per arm for 80% power at α = 0.05.
PviResult requiredSamplePvi(double baseline, double mdeAbsolute);

/// One experiment PVI from the analysed experiments (no previous value). Never throws.
PviResult computeExperimentPvi(const std::vector<ExperimentAnalysis>& experiments,
                               const QString& id, const Period& period);

} // namespace pvi
