#pragma once

#include "analytics/experiments/experiment.h"
#include "stats/cuped.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace pvi {

class Workspace;

/// CUPED for one experiment whose visitors are workspace customers: each treatment arm's revenue
/// per visitor against the control's, adjusted with each customer's revenue before the test.
struct ExperimentCuped {
    struct Arm {
        QString treatmentArm;
        CupedResult result;
    };
    QString experiment;
    int preDays = 90;
    QDate preFrom;                  ///< first day of the pre-period
    QDate preTo;                    ///< the day before the start
    std::int64_t units = 0;         ///< per-visitor rows of the experiment
    std::int64_t customerUnits = 0; ///< of which are workspace customers (used)
    std::vector<Arm> arms;          ///< one per treatment arm
    QStringList reasons;            ///< why there is no adjustment

    bool defined() const { return !arms.empty(); }
};

/// Matches the experiment's per-visitor rows to customers (linked at import, or a key that is
/// the customer's e-mail or shop id), takes each customer's order revenue (totals less refunds,
/// cancelled orders left out) in the `preDays` days before the start as the covariate, and runs
/// cupedDifference for each treatment arm. Needs a start date, per-visitor rows and at least
/// half of them being customers; otherwise empty with the reason. Throws DbError on SQL failures.
ExperimentCuped analyzeCuped(Workspace& workspace, const Experiment& experiment, int preDays = 90);

} // namespace pvi
