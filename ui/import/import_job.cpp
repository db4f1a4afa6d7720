#include "import/import_job.h"

#include "import/import_texts.h"
#include "importers/import_runner.h"
#include "store/workspace.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pvi {

void runImportJob(QPromise<ImportReport>& promise, const QString& workspacePath,
                  const QList<ImportRequest>& requests) {
    promise.setProgressRange(0, kImportProgressMax);
    promise.setProgressValue(0);
    auto opened = Workspace::open(workspacePath, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        for (const ImportRequest& request : requests) {
            ImportReport report;
            report.file = request.file;
            report.error =
                ImportTexts::tr("The workspace could not be opened: %1").arg(opened.error);
            promise.addResult(report);
        }
        promise.setProgressValue(kImportProgressMax);
        return;
    }
    const auto fileCount = static_cast<qint64>(requests.size());
    for (qint64 index = 0; index < fileCount; ++index) {
        if (promise.isCanceled())
            return;
        // Each file gets an equal share of the bar; within it, progress follows the bytes read.
        const auto onProgress = [&promise, index, fileCount](qint64 done, qint64 total) {
            if (promise.isCanceled())
                return false;
            const double share =
                total > 0 ? std::clamp(double(done) / double(total), 0.0, 1.0) : 0.0;
            const double overall = (double(index) + share) / double(fileCount);
            promise.setProgressValue(static_cast<int>(overall * kImportProgressMax));
            return true;
        };
        const ImportRequest& request = requests.at(index);
        ImportReport report =
            importFile(*opened.workspace, request.file, request.options, onProgress);
        if (promise.isCanceled())
            return;
        promise.addResult(std::move(report));
        promise.setProgressValue(
            static_cast<int>(double(index + 1) / double(fileCount) * kImportProgressMax));
    }
    promise.setProgressValue(kImportProgressMax);
}

QList<ImportRequest> defaultImportRequests(const QStringList& files) {
    QList<ImportRequest> requests;
    for (const QString& file : files)
        requests.append({file, ImportOptions{}});
    return requests;
}

} // namespace pvi
