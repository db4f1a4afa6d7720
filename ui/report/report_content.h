#pragma once
// A report from a workspace: the page data loaded step by step (each step can be cancelled), then
// the document of cover, sections and appendices. Runs on any thread: nothing here touches a
// widget.

#include "report/report_document.h"
#include "report/report_inputs.h"
#include "report/report_options.h"

#include <functional>

namespace pvi {
class Workspace;
}

namespace pvi::report {

/// Called before each loading step with (step, steps, what is loaded); returning false cancels.
using BuildProgress = std::function<bool(int step, int steps, const QString& what)>;

struct BuiltReport {
    ReportDocument document;
    QString error; ///< why there is no report (the workspace cannot be read, ...)
    bool cancelled = false;
};

/// Loads what the options' sections need from the workspace at `path` and makes the document.
BuiltReport buildReport(const QString& path, const ReportOptions& options,
                        const BuildProgress& progress = {});

/// The document made from loaded inputs (their options say which sections).
ReportDocument reportDocument(const ReportInputs& inputs);

/// The consultant's notes stored in the workspace, by section id.
QMap<QString, QString> readReportNotes(Workspace& workspace);

/// Stores (or, when empty, removes) a section's note; false with `error` when it cannot. Notes
/// are kept to Workspace::kMaxSettingLength characters.
bool writeReportNote(Workspace& workspace, const QString& sectionId, const QString& note,
                     QString* error);

} // namespace pvi::report
