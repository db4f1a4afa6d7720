#pragma once

#include "analytics/experiments/experiment.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pvi {

/// One arm of an experiment as typed into a form.
struct ArmEntry {
    QString name;
    std::int64_t visitors = 0;
    std::int64_t conversions = 0;
    std::optional<double> revenueSum;        ///< sum of revenue over the arm's visitors
    std::optional<double> revenueSumSquares; ///< sum of each visitor's revenue squared
    bool isControl = false;
};

/// An experiment as typed into a form: its name, arms (one marked as control), the planned
/// share of visitors for the control arm (the treatment arms share the rest equally) and the
/// optional dates.
struct ExperimentEntry {
    QString name;
    std::vector<ArmEntry> arms;
    double plannedControlShare = 0.5;
    QDate startedOn;           ///< invalid when not given
    QDate endedOn;             ///< invalid while the test runs
    QStringList existingNames; ///< names already stored (a new experiment may not reuse one)
};

/// The experiment an entry describes, or the problems that keep it from being stored.
struct ExperimentEntryCheck {
    std::optional<Experiment> experiment; ///< set when `problems` is empty
    QStringList problems;                 ///< one sentence each, for the form

    bool ok() const { return problems.isEmpty(); }
};

/// Checks a typed experiment: a name not in use, at least two arms with distinct names, exactly
/// one control arm, whole counts with 0 ≤ conversions ≤ visitors and visitors > 0, revenue sum
/// and sum of squares given together and possible (sum of squares ≥ sum² / visitors), a planned
/// control share in (0, 1), an end date not before the start.
ExperimentEntryCheck checkExperimentEntry(const ExperimentEntry& entry);

} // namespace pvi
