#include "analytics/experiments/experiment_entry.h"

#include <QSet>

namespace pvi {

namespace {

void checkArm(const ArmEntry& arm, QStringList& problems) {
    const QString name = arm.name.trimmed();
    if (arm.visitors <= 0)
        problems << QStringLiteral("Arm '%1': visitors must be more than 0.").arg(name);
    if (arm.conversions < 0 || arm.conversions > arm.visitors)
        problems << QStringLiteral("Arm '%1': conversions must be between 0 and the visitors (%2).")
                        .arg(name)
                        .arg(arm.visitors);
    if (arm.revenueSum.has_value() != arm.revenueSumSquares.has_value()) {
        problems << QStringLiteral("Arm '%1': give the revenue sum and the sum of squares "
                                   "together, or neither.")
                        .arg(name);
    } else if (arm.revenueSum && arm.visitors > 0) {
        // A sum of squares below sum²/n would mean a negative variance (Cauchy–Schwarz); a
        // relative slack absorbs the rounding of typed totals.
        const double least = *arm.revenueSum * *arm.revenueSum / double(arm.visitors);
        if (*arm.revenueSumSquares < 0 || *arm.revenueSumSquares < least * (1 - 1e-9))
            problems << QStringLiteral("Arm '%1': the revenue sum of squares cannot be smaller "
                                       "than sum² / visitors (%2).")
                            .arg(name)
                            .arg(least, 0, 'g', 10);
    }
}

} // namespace

ExperimentEntryCheck checkExperimentEntry(const ExperimentEntry& entry) {
    ExperimentEntryCheck check;
    QStringList& problems = check.problems;
    const QString name = entry.name.trimmed();
    if (name.isEmpty())
        problems << QStringLiteral("Give the experiment a name.");
    else if (entry.existingNames.contains(name, Qt::CaseInsensitive))
        problems << QStringLiteral("An experiment called '%1' already exists.").arg(name);
    if (entry.arms.size() < 2)
        problems << QStringLiteral("An experiment needs at least two arms.");
    QSet<QString> names;
    int controls = 0;
    for (const ArmEntry& arm : entry.arms) {
        const QString armName = arm.name.trimmed();
        if (armName.isEmpty())
            problems << QStringLiteral("Every arm needs a name.");
        else if (names.contains(armName.toLower()))
            problems << QStringLiteral("Two arms are called '%1'.").arg(armName);
        names.insert(armName.toLower());
        controls += arm.isControl ? 1 : 0;
        checkArm(arm, problems);
    }
    if (entry.arms.size() >= 2 && controls != 1)
        problems << QStringLiteral("Mark exactly one arm as the control.");
    if (!(entry.plannedControlShare > 0 && entry.plannedControlShare < 1))
        problems << QStringLiteral("The planned share of the control arm must be between 0% and "
                                   "100%.");
    if (entry.startedOn.isValid() && entry.endedOn.isValid() && entry.endedOn < entry.startedOn)
        problems << QStringLiteral("The end date is before the start date.");
    if (!problems.isEmpty())
        return check;

    Experiment e;
    e.name = name;
    e.startedOn = entry.startedOn;
    e.endedOn = entry.endedOn;
    const double treatmentShare = (1 - entry.plannedControlShare) / double(entry.arms.size() - 1);
    for (const ArmEntry& arm : entry.arms) {
        ExperimentArm out;
        out.name = arm.name.trimmed();
        out.isControl = arm.isControl;
        out.plannedShare = arm.isControl ? entry.plannedControlShare : treatmentShare;
        out.conversions = {arm.visitors, arm.conversions};
        out.revenue = {arm.visitors, arm.revenueSum.value_or(0), arm.revenueSumSquares.value_or(0)};
        e.arms.push_back(std::move(out));
    }
    check.experiment = std::move(e);
    return check;
}

} // namespace pvi
