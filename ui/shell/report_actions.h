#pragma once
// The window's report actions: File › Export Report… (the dialog, then the report made off the
// GUI thread with a progress dialog and Cancel) and View › Present (F5).

#include "report/presentation_window.h"
#include "report/report_job.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QMenu;

namespace pvi {

class MainWindow;

class ReportActions : public QObject {
    Q_OBJECT
public:
    explicit ReportActions(MainWindow* window);

    /// Adds File › Export Report… to `file` and View › Present to `view`.
    void addTo(QMenu* file, QMenu* view);

    /// Makes the report of `request` with a progress dialog; false when one is being made.
    bool exportReport(const report::ReportRequest& request);
    /// The progress dialog of the report being made, or null.
    QProgressDialog* progressDialog() const { return m_progress; }
    /// Opens the presentation of the open workspace over the window's filter, full screen.
    report::PresentationWindow* present();

Q_SIGNALS:
    void reportFinished(const pvi::report::ReportOutcome& outcome);

private:
    void exportDialog();
    void onFinished(const report::ReportOutcome& outcome);

    MainWindow* m_window;
    report::ReportJob* m_job;
    report::ReportRequest m_request;
    QPointer<QProgressDialog> m_progress;
    QPointer<report::PresentationWindow> m_presentation;
};

} // namespace pvi
