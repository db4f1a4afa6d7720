#pragma once

#include "import/import_request.h"
#include "importers/import_report.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QStringList>

namespace pvi {

/// Runs imports off the GUI thread (QtConcurrent + QPromise) and reports progress, the
/// per-file reports and cancellation. One import at a time.
class ImportController : public QObject {
    Q_OBJECT
public:
    explicit ImportController(QObject* parent = nullptr);
    ~ImportController() override;

    /// Starts importing `files` into the workspace at `workspacePath`, each with its source
    /// detected from the header; false when busy.
    bool start(const QString& workspacePath, const QStringList& files);
    /// Starts importing the requested files, each with its own options; false when busy.
    bool start(const QString& workspacePath, const QList<ImportRequest>& requests);
    /// Asks the running import to stop; the file being imported is rolled back.
    void cancel();
    bool isRunning() const;
    /// The files of the current (or last) import.
    const QStringList& files() const { return m_files; }

Q_SIGNALS:
    /// Progress in 0..kImportProgressMax (1000 when finished).
    void progressChanged(int value);
    /// The import ended; one report per file that completed. `cancelled` when stopped by the
    /// user (then the file in progress was rolled back and has no report).
    void finished(const QList<ImportReport>& reports, bool cancelled);

private:
    void onFinished();

    QFutureWatcher<ImportReport> m_watcher;
    QStringList m_files;
};

} // namespace pvi
