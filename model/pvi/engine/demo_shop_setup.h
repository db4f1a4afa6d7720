#pragma once
// The bundled demo shop put into a workspace: its exports (importers/demo_shop.h) and its
// personalization rules, targets and survey question marks. `pvi demo`, the window's first start
// and the tests that need the whole demo share these functions.

#include "importers/import_report.h"

#include <QList>
#include <QString>

namespace pvi {

class Workspace;

/// Adds the demo's rules the workspace does not have yet (same kind, pattern equal but for case).
/// False, with the message in `error`, when one cannot be added.
bool addDemoShopRules(Workspace& workspace, QString* error);

/// Stores the demo's targets for the PVIs that have none yet. False, with the message in
/// `error`, when the workspace cannot be written.
bool addDemoShopTargets(Workspace& workspace, QString* error);
/// Marks the demo survey's questions as kDemoSurveyMarks says (instrument and ethics remembered
/// for the import, segment questions). False, with the message in `error`, when one cannot be.
bool addDemoSurveyMarks(Workspace& workspace, QString* error);

/// Saves the demo's segment rules whose names the workspace does not have yet. False, with the
/// message in `error`, when one cannot be saved.
bool addDemoSegmentRules(Workspace& workspace, QString* error);

/// What importing the whole demo shop did.
struct DemoShopImport {
    /// One report per export imported, in import order; when an import failed it is the last.
    QList<ImportReport> reports;
    /// Why the survey marks, the rules or the targets could not be added (empty when they were).
    QString rulesError;
    bool ok() const { return rulesError.isEmpty() && !reports.isEmpty() && reports.constLast().ok; }
};

/// Marks the demo survey's questions, imports every demo export into `workspace`, stopping at
/// the first that fails, then adds the demo's rules, targets and segment rules.
DemoShopImport importDemoShop(Workspace& workspace);

} // namespace pvi
