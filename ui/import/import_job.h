#pragma once

#include "import/import_request.h"
#include "importers/import_report.h"

#include <QPromise>
#include <QStringList>

namespace pvi {

/// The progress range of an import job: 0 .. kImportProgressMax, reached when every file is done.
inline constexpr int kImportProgressMax = 1000;

/// Imports the requested files one after the other, each with its own options, into the
/// workspace at `workspacePath` (opening its own connection, so it can run on a worker thread).
/// Reports one ImportReport per file as results, progress over 0..kImportProgressMax by bytes
/// read, and stops (rolling back the current file) when the promise is cancelled.
void runImportJob(QPromise<ImportReport>& promise, const QString& workspacePath,
                  const QList<ImportRequest>& requests);

} // namespace pvi
