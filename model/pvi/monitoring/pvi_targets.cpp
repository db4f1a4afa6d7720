#include "pvi/monitoring/pvi_targets.h"

#include "analytics/targets/target_status.h"
#include "analytics/targets/target_store.h"
#include "pvi/engine/pvi_registry.h"
#include "pvi/engine/pvi_table.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace pvi {

namespace {

using D = PviDefinition::Direction;
using F = PviFamily;
using U = PviUnit;

constexpr const char* kTargetData =
    QT_TRANSLATE_NOOP("PviText", "Targets set for PVIs, and the data those PVIs need");

constexpr PviRow kTargetRows[] = {
    {"targets", QT_TRANSLATE_NOOP("PviText", "PVIs on track"), U::Percent, D::HigherIsBetter,
     F::Targets, kNoSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "Of the PVIs you set a target for, the share that currently meet it. Each "
                       "target is listed with its status (on track, watch, off track)."),
     QT_TRANSLATE_NOOP("PviText", "PVIs whose value is on track against their stored target "
                                  "divided by the PVIs with a target and a value, times 100."),
     kTargetData},
};

const PviResult* findResult(const std::vector<PviResult>& results, const QString& id) {
    for (const PviResult& r : results) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace

TargetDirection targetDirectionOf(const QString& pviId) {
    const PviDefinition* definition = PviRegistry::find(pviId);
    return definition != nullptr && definition->direction == D::LowerIsBetter
               ? TargetDirection::LowerIsBetter
               : TargetDirection::HigherIsBetter;
}

std::span<const PviRow> targetPviRows() {
    return kTargetRows;
}

PviResult targetsOnTrack(Workspace& workspace, const std::vector<PviResult>& results) {
    PviResult r;
    r.id = QStringLiteral("targets");
    const std::vector<StoredTarget> targets = loadTargets(workspace.db());
    if (targets.empty()) {
        r.reason =
            QCoreApplication::translate("pvi::PviReason", "set a target for a PVI to see this");
        return r;
    }
    qint64 onTrack = 0;
    for (const StoredTarget& target : targets) {
        const PviResult* result = findResult(results, target.pviId);
        const PviDefinition* definition = PviRegistry::find(target.pviId);
        if (result == nullptr || definition == nullptr || !result->value)
            continue;
        const TargetAssessment assessment =
            assessTarget(*result->value, target.bounds, targetDirectionOf(target.pviId));
        if (assessment.status == TargetStatus::NotAvailable)
            continue;
        onTrack += assessment.status == TargetStatus::OnTrack ? 1 : 0;
        SegmentValue row;
        row.id = target.pviId;
        // "Churn rate: off track (target 12)"; the id is the PVI's, for the dashboard's lookups.
        row.name =
            QStringLiteral("%1: %2 (target %3)")
                .arg(definition->title, targetStatusId(assessment.status).replace(u'_', u' '),
                     QString::number(target.bounds.target, 'g', 6));
        row.value = result->value;
        row.n = 1;
        r.segments.push_back(row);
    }
    r.n = static_cast<qint64>(r.segments.size());
    if (r.n == 0) {
        r.reason = QCoreApplication::translate(
            "pvi::PviReason", "none of the PVIs with a target has a value in this period");
        return r;
    }
    r.value = static_cast<double>(onTrack) / static_cast<double>(r.n) * 100.0;
    r.available = true;
    return r;
}

} // namespace pvi
