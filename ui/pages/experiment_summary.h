#pragma once

#include "analytics/experiments/experiment.h"
#include "analytics/experiments/experiment_analysis.h"
#include "analytics/experiments/experiment_cuped.h"

#include <QDate>
#include <QString>

namespace pvi {

/// The chip shown next to an experiment in the list.
enum class VerdictChip { Won, Lost, Inconclusive, BrokenSplit, Running, MayStop };

/// The chip of one comparison: a sample-ratio mismatch breaks it; otherwise won or lost when the
/// headline p-value is below `alpha`, by the sign of the lift; else inconclusive.
VerdictChip verdictChip(const RateComparison& rates, double alpha = 0.05);
/// The chip of a whole experiment: broken when any arm's split is; won when any treatment won;
/// lost when any lost; else inconclusive.
VerdictChip verdictChip(const ExperimentAnalysis& analysis, double alpha = 0.05);
/// The chip of an experiment as of `asOf`: one still running (no end date on or before `asOf`)
/// is never won or lost on its fixed-horizon p-value: "may stop" when the always-valid test of
/// some arm has established a difference, else "running" (a broken split still shows); a
/// concluded one as verdictChip(analysis, alpha).
VerdictChip verdictChip(const ExperimentAnalysis& analysis, const QDate& asOf, double alpha = 0.05);
/// "won", "lost", "inconclusive", "broken split", "running", "may stop".
QString verdictChipText(VerdictChip chip);

/// "+25.0% (95% CI +8.1% to +45.2%)", or why the lift is undefined.
QString liftText(const Interval& liftPercent);
/// "12.34% (95% CI 10.50% to 14.40%)" for a rate and its Wilson interval.
QString rateText(const ProportionSummary& arm, const Interval& wilson);

/// The planner line for a comparison: visitors per arm still needed to confirm a gap of the
/// observed size (Evan Miller's formula at 80% power, α = 0.05) and the weeks that takes at the
/// experiment's traffic (visitors per week from its dates; until `asOf` when it has not ended).
/// Says what it assumes when the dates are missing. A significant gap found with fewer visitors
/// than that is not sent for more traffic: the line warns that its lift is likely overstated.
QString plannerText(const Experiment& experiment, const ArmComparison& comparison,
                    const QDate& asOf);

/// The always-valid line of a comparison: for a running experiment (no end date, or ending after
/// `asOf`) whether it may stop now, with the always-valid interval of the difference and a
/// warning that the fixed-horizon p-value is not valid for peeking; for a concluded one the
/// same interval for reference.
QString sequentialText(const Experiment& experiment, const ArmComparison& comparison,
                       const QDate& asOf);

/// The CUPED line of one treatment arm: plain and adjusted revenue-per-visitor differences with
/// their 95% intervals and the variance reduction; or why there is no adjustment.
QString cupedText(const ExperimentCuped& cuped, const ExperimentCuped::Arm& arm);

} // namespace pvi
