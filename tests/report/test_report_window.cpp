// The report from the window: File › Export Report… makes the PDF off the GUI thread with a
// progress dialog (the window's event loop keeps turning while it runs) and Cancel that writes
// nothing; the dialog remembers its options per workspace and stores the consultant's notes in the
// workspace; View › Present (F5) shows the slides full screen and follows the presenter's keys.
#include "../ui/gui_test_setup.h"
#include "full_demo_workspace.h"
#include "pdf_tools.h"
#include "report/presentation_window.h"
#include "report/report_content.h"
#include "report/report_dialog.h"
#include "shell/main_window.h"
#include "shell/report_actions.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using pvi::report::ReportOutcome;

Q_DECLARE_METATYPE(pvi::report::ReportOutcome)

class TestReportWindow : public QObject {
    Q_OBJECT

private:
    pvi::test::TempDir m_dir;
    QString m_workspace;

    pvi::report::ReportRequest request(const QString& pdf) const {
        pvi::report::ReportRequest r;
        r.workspacePath = m_workspace;
        r.options.client = u"Window Client"_s;
        r.pdfPath = pdf;
        return r;
    }

private Q_SLOTS:
    void initTestCase() {
        pvi::test::isolateGuiTestSettings();
        qRegisterMetaType<pvi::report::ReportOutcome>();
        m_workspace = m_dir.path(u"demo.pvi"_s);
        const QString error = pvi::test::buildFullDemoWorkspace(m_workspace);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void exportRunsOffTheGuiThread() {
        pvi::MainWindow window;
        QVERIFY(window.openWorkspace(m_workspace));
        QVERIFY(window.findChild<QAction*>(u"exportReportAction"_s));
        const QString pdf = m_dir.path(u"window.pdf"_s);
        QSignalSpy finished(window.reportActions(), &pvi::ReportActions::reportFinished);
        // A 10 ms timer keeps ticking while the report is made: the GUI thread is free.
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
        timer.start(10);
        QVERIFY(window.reportActions()->exportReport(request(pdf)));
        QVERIFY2(window.reportActions()->progressDialog(), "a progress dialog with Cancel");
        QVERIFY(!window.reportActions()->exportReport(request(pdf))); // one at a time
        QVERIFY(finished.wait(120000));
        const auto outcome = finished.first().first().value<ReportOutcome>();
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY2(ticks > 3, qPrintable(u"the timer ticked %1 times"_s.arg(ticks)));
        QCOMPARE(pvi::test::pdfInfo(pdf, u"Pages"_s).toInt(), outcome.pages);
        QVERIFY(pvi::test::pdfText(pdf, 1).contains(u"Prepared for Window Client"_s));
    }

    void cancelWritesNothing() {
        pvi::MainWindow window;
        QVERIFY(window.openWorkspace(m_workspace));
        const QString pdf = m_dir.path(u"cancelled.pdf"_s);
        QSignalSpy finished(window.reportActions(), &pvi::ReportActions::reportFinished);
        QVERIFY(window.reportActions()->exportReport(request(pdf)));
        // The user's click on the dialog's Cancel button.
        auto* cancel = window.reportActions()->progressDialog()->findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.first().first().value<ReportOutcome>().cancelled);
        QVERIFY2(!QFile::exists(pdf), "a cancelled report left a file");
    }

    void dialogRemembersOptionsAndStoresNotes() {
        const QString pdf = m_dir.path(u"remembered.pdf"_s);
        {
            pvi::report::ReportDialog dialog(m_workspace, {}, {});
            dialog.clientEdit()->setText(u"Remembered Client"_s);
            dialog.pdfEdit()->setText(pdf);
            dialog.noteSection()->setCurrentIndex(dialog.noteSection()->findData(u"roi"_s));
            dialog.noteEdit()->setPlainText(u"Costs fell after the switch."_s);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        pvi::report::ReportDialog again(m_workspace, {}, {});
        QCOMPARE(again.clientEdit()->text(), u"Remembered Client"_s);
        QCOMPARE(again.request().pdfPath, pdf);
        auto opened = pvi::Workspace::open(m_workspace, pvi::Workspace::Mode::OpenExisting);
        QVERIFY(opened.workspace);
        QCOMPARE(pvi::report::readReportNotes(*opened.workspace).value(u"roi"_s),
                 u"Costs fell after the switch."_s);
        // A read-only window cannot change the notes.
        pvi::report::ReportDialog readOnly(m_workspace, {}, u"the file is read-only"_s);
        QVERIFY(readOnly.noteEdit()->isReadOnly());
    }

    void presentFollowsTheKeys() {
        pvi::MainWindow window;
        QVERIFY(window.openWorkspace(m_workspace));
        QAction* present = window.findChild<QAction*>(u"presentAction"_s);
        QVERIFY(present);
        QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F5));
        pvi::report::PresentationWindow* slides = window.reportActions()->present();
        QVERIFY(slides);
        QSignalSpy ready(slides, &pvi::report::PresentationWindow::ready);
        QVERIFY(slides->isReady() || ready.wait(120000));
        QVERIFY2(slides->error().isEmpty(), qPrintable(slides->error()));
        QVERIFY(slides->slideCount() > 5);
        QCOMPARE(slides->currentSlide(), 0);
        QTest::keyClick(slides, Qt::Key_Right);
        QTest::keyClick(slides, Qt::Key_Space);
        QTest::keyClick(slides, Qt::Key_PageDown);
        QCOMPARE(slides->currentSlide(), 3);
        QTest::keyClick(slides, Qt::Key_Left);
        QCOMPARE(slides->currentSlide(), 2);
        QTest::keyClick(slides, Qt::Key_End);
        QCOMPARE(slides->currentSlide(), slides->slideCount() - 1);
        QTest::keyClick(slides, Qt::Key_Home);
        QCOMPARE(slides->currentSlide(), 0);
        QTest::keyClick(slides, Qt::Key_4);
        QTest::keyClick(slides, Qt::Key_Return);
        QCOMPARE(slides->currentSlide(), 3);
        QTest::keyClick(slides, Qt::Key_B);
        QVERIFY(slides->isBlank());
        QTest::keyClick(slides, Qt::Key_B);
        QVERIFY(!slides->isBlank());
        // The picture of a slide: dark letterbox around a white 16:9 page.
        slides->resize(960, 600);
        const QImage shot = slides->grab().toImage();
        QCOMPARE(shot.pixelColor(5, 5), QColor(Qt::black));
        QCOMPARE(shot.pixelColor(480, 300 - 270 + 5).rgb(), QColor(Qt::white).rgb());
        QPointer<pvi::report::PresentationWindow> watch(slides);
        QTest::keyClick(slides, Qt::Key_Escape);
        QTRY_VERIFY(watch.isNull());
    }
};

PVI_TEST_CLASS(TestReportWindow)
#include "test_report_window.moc"
