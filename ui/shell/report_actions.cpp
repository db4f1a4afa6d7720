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
    QAction* exportAction = file->addAction(tr("&Export Report…"), QKeySequence(u"Ctrl+Shift+E"_s),
                                            this, &ReportActions::exportDialog);
    exportAction->setObjectName(u"exportReportAction"_s);
    QAction* presentAction =
        view->addAction(tr("&Present"), QKeySequence(Qt::Key_F5), this, [this] { present(); });
    presentAction->setObjectName(u"presentAction"_s);
}

void ReportActions::exportDialog() {
    if (m_window->workspacePath().isEmpty()) {
        QMessageBox::information(m_window, tr("Export Report"), tr("Open a workspace first."));
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
    m_progress = new QProgressDialog(tr("Loading the indicators"), tr("Cancel"), 0, 100, m_window);
    m_progress->setWindowTitle(tr("Export Report"));
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
        m_window->statusBar()->showMessage(tr("Report cancelled: nothing was written."), 8000);
    else if (!outcome.error.isEmpty())
        QMessageBox::warning(m_window, tr("Export Report"), outcome.error);
    else
        m_window->statusBar()->showMessage(
            tr("Report saved to %1 (%n page(s)).", nullptr, outcome.pages).arg(m_request.pdfPath),
            12000);
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
