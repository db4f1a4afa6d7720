#pragma once

#include "stats/mean_summary.h"
#include "stats/proportion_summary.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace pvi {

/// One visitor (or customer) of an experiment arm, when per-visitor rows were imported.
struct ExperimentUnit {
    QString key;
    bool converted = false;
    double revenue = 0;
};

/// One arm of an A/B test: its totals (rates and revenue means add up from these) and, when
/// known, its per-visitor rows.
struct ExperimentArm {
    QString name;
    bool isControl = false;
    std::optional<double> plannedShare; ///< planned share of all visitors, in (0, 1)
    ProportionSummary conversions;      ///< visitors and converting visitors
    MeanSummary revenue;                ///< revenue per visitor: n, sum, sum of squares
    std::vector<ExperimentUnit> units;  ///< empty when only arm totals were imported
};

/// An A/B test stored in a workspace: a control arm and one or more treatment arms.
struct Experiment {
    std::int64_t id = 0;
    QString name;
    QString metric = QStringLiteral("conversion");
    QDate startedOn;
    QDate endedOn; ///< set once the test is concluded
    std::vector<ExperimentArm> arms;

    /// The control arm, or null when none is marked.
    const ExperimentArm* control() const {
        for (const auto& arm : arms) {
            if (arm.isControl)
                return &arm;
        }
        return nullptr;
    }
    /// Concluded on or before `asOf`.
    bool concludedBy(const QDate& asOf) const { return endedOn.isValid() && endedOn <= asOf; }
};

} // namespace pvi
