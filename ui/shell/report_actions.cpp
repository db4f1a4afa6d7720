#include "shell/report_actions.h"

#include "report/presentation_window.h"
#include "report/report_dialog.h"
#include "shell/filter_bar.h"
#include "shell/main_window.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace pvi {

ReportActions::ReportActions(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_job(new report::ReportJob(this)) {
    connect(m_job, &report::ReportJob::finished, this, &ReportActions::onFinished);
    connect(m_job, &report::ReportJob::progress, this, [this](int percent, const QString& what) {
        if (m_progress) {
            m_progress->setValue(percent);
            m_progress->setLabelText(what);
        }
    });
}

void ReportActions::addTo(QMenu* file, QMenu* view) {
    QAction* exportAction = file->addAction(u"&Export Report…"_s, QKeySequence(u"Ctrl+Shift+E"_s),
                                            this, &ReportActions::exportDialog);
    exportAction->setObjectName(u"exportReportAction"_s);
    QAction* presentAction =
        view->addAction(u"&Present"_s, QKeySequence(Qt::Key_F5), this, [this] { present(); });
    presentAction->setObjectName(u"presentAction"_s);
}

void ReportActions::exportDialog() {
    if (m_window->workspacePath().isEmpty()) {
        QMessageBox::information(m_window, u"Export Report"_s, u"Open a workspace first."_s);
        return;
    }
    report::ReportDialog dialog(m_window->workspacePath(), m_window->filterBar()->filter(),
                                m_window->readOnlyReason(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        exportReport(dialog.request());
}

bool ReportActions::exportReport(const report::ReportRequest& request) {
    if (!m_job->start(request))
        return false;
    m_request = request;
    m_progress = new QProgressDialog(u"Loading the indicators"_s, u"Cancel"_s, 0, 100, m_window);
    m_progress->setWindowTitle(u"Export Report"_s);
    m_progress->setObjectName(u"reportProgress"_s);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, m_job, &report::ReportJob::cancel);
    m_progress->show();
    return true;
}

void ReportActions::onFinished(const report::ReportOutcome& outcome) {
    if (m_progress)
        m_progress->close();
    if (outcome.cancelled)
        m_window->statusBar()->showMessage(u"Report cancelled: nothing was written."_s, 8000);
    else if (!outcome.error.isEmpty())
        QMessageBox::warning(m_window, u"Export Report"_s, outcome.error);
    else
        m_window->statusBar()->showMessage(
            u"Report saved to %1 (%2 pages)."_s.arg(m_request.pdfPath).arg(outcome.pages), 12000);
    Q_EMIT reportFinished(outcome);
}

report::PresentationWindow* ReportActions::present() {
    if (m_window->workspacePath().isEmpty())
        return nullptr;
    if (m_presentation)
        m_presentation->close();
    m_presentation = new report::PresentationWindow(m_window->workspacePath(),
                                                    m_window->filterBar()->filter(), m_window);
    m_presentation->showFullScreen();
    m_presentation->setFocus();
    return m_presentation;
}

} // namespace pvi
