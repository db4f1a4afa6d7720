#pragma once

#include <QDate>
#include <QString>

#include <unordered_map>
#include <vector>

namespace pvi {

class Workspace;

/// One treatment arm a customer was assigned to.
struct TreatmentArmMembership {
    QString label;   ///< "EXPERIMENT/ARM", as experiment-arm rules name it
    QDate startedOn; ///< the experiment's start; invalid when unknown
};

/// The workspace customers in the treatment (non-control) arms of stored experiments, keyed by
/// customer id. A per-visitor row belongs to a customer when it was linked to them at import,
/// or when its key is the customer's email (any case) or the customer's id in the shop.
/// Throws DbError from the store on SQL failures.
std::unordered_map<qint64, std::vector<TreatmentArmMembership>>
loadTreatmentArmMembers(Workspace& workspace);

/// The labels of the memberships whose experiment had started by `day` (all of them when the
/// start is unknown), for RuleOrderFields::experimentArms.
QStringList treatmentArmsOn(const std::vector<TreatmentArmMembership>& memberships,
                            const QDate& day);

} // namespace pvi
