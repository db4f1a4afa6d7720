#include "analytics/experiments/treatment_arm_members.h"

#include "store/workspace.h"

#include <QStringList>

namespace pvi {

std::unordered_map<qint64, std::vector<TreatmentArmMembership>>
loadTreatmentArmMembers(Workspace& workspace) {
    std::unordered_map<qint64, std::vector<TreatmentArmMembership>> members;
    Statement select = workspace.db().prepare(
        "SELECT DISTINCT c.id, e.name, a.name, coalesce(e.started_on, '') "
        "FROM experiment_units u "
        "JOIN experiment_arms a ON a.id = u.arm_id AND a.is_control = 0 "
        "JOIN experiments e ON e.id = a.experiment_id "
        "JOIN customers c ON c.id = u.customer_id OR c.email = lower(trim(u.unit_key)) "
        "OR c.external_id = trim(u.unit_key) "
        "ORDER BY c.id, e.name, a.name");
    while (select.step()) {
        members[select.columnInt64(0)].push_back(
            {select.columnText(1) + u'/' + select.columnText(2),
             QDate::fromString(select.columnText(3), Qt::ISODate)});
    }
    return members;
}

QStringList treatmentArmsOn(const std::vector<TreatmentArmMembership>& memberships,
                            const QDate& day) {
    QStringList labels;
    for (const TreatmentArmMembership& m : memberships) {
        if (!m.startedOn.isValid() || m.startedOn <= day)
            labels.append(m.label);
    }
    return labels;
}

} // namespace pvi
