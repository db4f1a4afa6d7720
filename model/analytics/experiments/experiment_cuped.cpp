#include "analytics/experiments/experiment_cuped.h"

#include "store/database.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <map>

using namespace Qt::StringLiterals;

namespace pvi {

ExperimentCuped analyzeCuped(Workspace& workspace, const Experiment& experiment, int preDays) {
    ExperimentCuped out;
    out.experiment = experiment.name;
    out.preDays = preDays;
    for (const ExperimentArm& arm : experiment.arms)
        out.units += std::int64_t(arm.units.size());
    const ExperimentArm* control = experiment.control();
    if (control == nullptr)
        out.reasons << u"no arm is marked as control"_s;
    if (!experiment.startedOn.isValid())
        out.reasons << u"the experiment has no start date, so there is no pre-period"_s;
    if (out.units == 0)
        out.reasons << u"needs per-visitor rows (only arm totals were imported)"_s;
    if (!out.reasons.isEmpty())
        return out;
    out.preTo = experiment.startedOn.addDays(-1);
    out.preFrom = experiment.startedOn.addDays(-preDays);

    Statement units = workspace.db().prepare(
        "WITH matched AS (SELECT a.name AS arm, u.revenue AS revenue, "
        "    COALESCE(u.customer_id, "
        "      (SELECT id FROM customers WHERE email = lower(trim(u.unit_key))), "
        "      (SELECT id FROM customers WHERE external_id = trim(u.unit_key))) AS customer "
        "  FROM experiment_units AS u JOIN experiment_arms AS a ON a.id = u.arm_id "
        "  JOIN experiments AS e ON e.id = a.experiment_id AND e.name = ?1) "
        "SELECT arm, revenue, (SELECT COALESCE(SUM(o.total - o.refunded), 0) FROM orders AS o "
        "    WHERE o.customer_id = matched.customer AND o.cancelled_at IS NULL "
        "      AND o.order_date BETWEEN ?2 AND ?3) "
        "FROM matched WHERE customer IS NOT NULL");
    units.bind(1, experiment.name)
        .bind(2, out.preFrom.toString(Qt::ISODate))
        .bind(3, out.preTo.toString(Qt::ISODate));
    std::map<QString, PairedSummary> byArm;
    while (units.step()) {
        byArm[units.columnText(0)].add(units.columnDouble(1), units.columnDouble(2));
        ++out.customerUnits;
    }
    units.reset();
    if (out.customerUnits * 2 < out.units) {
        out.reasons << u"only %1 of the %2 visitors are workspace customers, so their revenue "
                       "before the test is unknown"_s.arg(out.customerUnits)
                           .arg(out.units);
        return out;
    }
    for (const ExperimentArm& arm : experiment.arms) {
        if (arm.isControl)
            continue;
        out.arms.push_back({arm.name, cupedDifference(byArm[control->name], byArm[arm.name])});
    }
    return out;
}

} // namespace pvi
