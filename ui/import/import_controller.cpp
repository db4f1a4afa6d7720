#include "import/import_controller.h"

#include "import/import_job.h"
#include "pvi/engine/work_pool.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pvi {

ImportController::ImportController(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<ImportReport>::progressValueChanged, this,
            &ImportController::progressChanged);
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this,
            &ImportController::onFinished);
}

ImportController::~ImportController() {
    // The job holds no pointer to us, but its workspace must be closed before the app exits.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool ImportController::start(const QString& workspacePath, const QStringList& files) {
    return start(workspacePath, defaultImportRequests(files));
}

bool ImportController::start(const QString& workspacePath, const QList<ImportRequest>& requests) {
    if (isRunning() || requests.isEmpty())
        return false;
    m_files.clear();
    for (const ImportRequest& request : requests)
        m_files.append(request.file);
    Q_EMIT progressChanged(0);
    m_watcher.setFuture(QtConcurrent::run(&workPool(), &runImportJob, workspacePath, requests));
    return true;
}

void ImportController::cancel() {
    if (isRunning())
        m_watcher.cancel();
}

bool ImportController::isRunning() const {
    return m_watcher.isRunning();
}

void ImportController::onFinished() {
    const QFuture<ImportReport> future = m_watcher.future();
    const bool cancelled = future.isCanceled();
    QList<ImportReport> reports;
    const int count = future.resultCount();
    for (int i = 0; i < count; ++i)
        reports.append(future.resultAt(i));
    Q_EMIT finished(reports, cancelled);
}

} // namespace pvi
