#include "report/report_job.h"

#include "pvi/engine/work_pool.h"
#include "report/report_content.h"
#include "report/report_texts.h"
#include "report/report_writer.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace pvi::report {

ReportOutcome makeReport(const ReportRequest& request,
                         const std::function<void(int, const QString&)>& progress,
                         const std::function<bool()>& cancelled) {
    ReportOutcome outcome;
    // Loading takes the first 60%, writing the rest.
    const BuiltReport built = buildReport(
        request.workspacePath, request.options, [&](int step, int steps, const QString& what) {
            progress(60 * step / std::max(1, steps), ReportText::tr("Loading %1").arg(what));
            return !cancelled();
        });
    if (built.cancelled || cancelled()) {
        outcome.cancelled = true;
        return outcome;
    }
    if (!built.error.isEmpty()) {
        outcome.error = built.error;
        return outcome;
    }
    auto write = [&](const ReportDocument& document, const PdfFormat& format, const QString& path,
                     bool slides) {
        QString error;
        const int pages = writePdf(document, format, path, &error, [&](int done, int total) {
            progress(60 + 40 * done / std::max(1, total),
                     (slides ? ReportText::tr("Slide %1 of %2") : ReportText::tr("Page %1 of %2"))
                         .arg(done)
                         .arg(total));
            return !cancelled();
        });
        if (pages == 0) {
            outcome.cancelled = cancelled();
            outcome.error = outcome.cancelled ? QString() : error;
        }
        return pages;
    };
    if (!request.pdfPath.isEmpty()) {
        const PdfFormat format =
            PdfFormat::report(request.options.pageSize, request.options.landscape);
        outcome.pages = write(built.document, format, request.pdfPath, false);
        if (outcome.pages == 0)
            return outcome;
    }
    if (!request.slidesPath.isEmpty())
        write(slidesOf(built.document), PdfFormat::slides(), request.slidesPath, true);
    return outcome;
}

ReportJob::ReportJob(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcherBase::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

ReportJob::~ReportJob() {
    cancel();
    m_watcher.waitForFinished();
}

bool ReportJob::start(const ReportRequest& request) {
    if (m_watcher.isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancelFlag = m_cancel;
    QPointer<ReportJob> self(this);
    auto report = [this, self, request, cancelFlag] {
        return makeReport(
            request,
            [this, self](int percent, const QString& what) {
                // Queued to the GUI thread; dropped when the job is gone.
                QMetaObject::invokeMethod(
                    this,
                    [self, percent, what] {
                        if (self)
                            Q_EMIT self->progress(percent, what);
                    },
                    Qt::QueuedConnection);
            },
            [cancelFlag] { return cancelFlag->load(); });
    };
    m_watcher.setFuture(QtConcurrent::run(&workPool(), report));
    return true;
}

void ReportJob::cancel() {
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace pvi::report
