#pragma once
// A report made off the GUI thread: the page data loaded, laid out and written as a PDF (and the
// slides when asked), with progress and cancellation. The window shows it in a QProgressDialog.

#include "report/report_options.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace pvi::report {

/// What File › Export report… asks for.
struct ReportRequest {
    QString workspacePath;
    ReportOptions options;
    QString pdfPath;    ///< the report; empty: none
    QString slidesPath; ///< the 16:9 deck; empty: none
};

/// What came of it.
struct ReportOutcome {
    QString error; ///< empty when every file was written
    bool cancelled = false;
    int pages = 0;
};

/// Runs one request at a time on the app's work pool.
class ReportJob : public QObject {
    Q_OBJECT
public:
    explicit ReportJob(QObject* parent = nullptr);
    ~ReportJob() override;

    /// Starts `request`; false when a report is being made already.
    bool start(const ReportRequest& request);
    /// Asks the running report to stop: nothing is written (a file being written is left as it
    /// was). finished() follows with cancelled set.
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /// Work done so far, 0..100, and what is being done ("Loading segments", "Page 4 of 29").
    void progress(int percent, const QString& what);
    void finished(const pvi::report::ReportOutcome& outcome);

private:
    QFutureWatcher<ReportOutcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

/// Makes the request's files on the calling thread; `progress` is called with (percent, what) and
/// `cancelled` is polled between steps and pages.
ReportOutcome makeReport(const ReportRequest& request,
                         const std::function<void(int, const QString&)>& progress,
                         const std::function<bool()>& cancelled);

} // namespace pvi::report
