// The first start: with no workspace the window shows the start page; the demo opens on its
// dashboard in one click, without an import report; exports open into a workspace made beside
// them; recent workspaces reopen; File › Close Workspace goes back.
#include "gui_test_setup.h"
#include "import/import_controller.h"
#include "import/import_report_dialog.h"
#include "importers/demo_shop.h"
#include "pages/page.h"
#include "shell/appearance.h"
#include "shell/demo_workspace.h"
#include "shell/main_window.h"
#include "shell/recent_files.h"
#include "shell/start_page.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kImportTimeoutMs = 600000; // the whole demo shop, under the sanitizers too

/// The import report dialogs open at the moment.
int visibleReportDialogs() {
    int count = 0;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (qobject_cast<pvi::ImportReportDialog*>(w) && w->isVisible())
            ++count;
    return count;
}

QAction* actionNamed(pvi::MainWindow& window, const QString& name) {
    return window.findChild<QAction*>(name);
}

} // namespace

class TestStartPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void withoutAWorkspaceTheStartPageShows();
    void itsTextsGetTheirHeightAtEveryZoom();
    void theDemoOpensOnItsDashboardInOneClick();
    void exportsOpenIntoAWorkspaceBesideThem();
    void recentWorkspacesReopenAndCloseGoesBack();

private:
    pvi::test::TempDir m_dir;
};

void TestStartPage::initTestCase() {
    pvi::test::isolateGuiTestSettings();
    pvi::RecentFiles::clear();
    // A demo workspace left by an earlier run would skip the import this test watches.
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(pvi::demoWorkspacePath() + QLatin1String(suffix));
}

void TestStartPage::withoutAWorkspaceTheStartPageShows() {
    pvi::MainWindow window;
    window.show();
    QVERIFY(window.showsStartPage());
    QVERIFY(window.startPage()->isVisible());
    QVERIFY(window.workspacePath().isEmpty());
    QVERIFY2(!actionNamed(window, u"closeWorkspaceAction"_s)->isEnabled(),
             "nothing to close on the start page");
    QVERIFY2(!actionNamed(window, u"importAction"_s)->isEnabled(),
             "nothing to import into on the start page");
    // The list shows when there is something to list (GUI tests running beside this one share
    // the recent list).
    QCOMPARE(window.startPage()->recentList()->parentWidget()->isVisible(),
             !pvi::RecentFiles::list().isEmpty());
}

// At 100% and 200%, in a 1440 x 900 window, every wrapped text of the start page (the lead, the
// buttons' descriptions) is as tall as its lines need: none is cut off at the bottom.
void TestStartPage::itsTextsGetTheirHeightAtEveryZoom() {
    for (const int percent : {100, 200}) {
        pvi::applyAppearance({pvi::ThemeChoice::Light, percent});
        pvi::MainWindow window;
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        for (const QLabel* label : window.startPage()->findChildren<QLabel*>()) {
            if (!label->isVisible() || !label->wordWrap())
                continue;
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(u"at %1%: \"%2\" is %3 px tall, its %4 px wide lines need %5"_s.arg(
                         QString::number(percent), label->text(), QString::number(label->height()),
                         QString::number(label->width()),
                         QString::number(label->heightForWidth(label->width())))));
        }
        QVERIFY2(window.width() <= 1440, "the start page widened the window");
    }
    pvi::applyAppearance({pvi::ThemeChoice::Light, 100});
}

void TestStartPage::theDemoOpensOnItsDashboardInOneClick() {
    pvi::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &pvi::MainWindow::importFinished);

    window.startPage()->demoButton()->click(); // the one click

    QVERIFY2(!window.showsStartPage(), "the dashboard shows at once, while the demo imports");
    QCOMPARE(QFileInfo(window.workspacePath()).fileName(), u"demo-bakery.pvi"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kImportTimeoutMs);
    const auto reports = finished.first().at(0).value<QList<pvi::ImportReport>>();
    QVERIFY2(reports.size() > 10, "every bundled export is imported");
    for (const pvi::ImportReport& report : reports)
        QVERIFY2(report.ok, qPrintable(report.file + u": "_s + report.error));
    QCOMPARE(visibleReportDialogs(), 0); // a newcomer sees the answer, not bookkeeping
    QCOMPARE(window.currentPage()->id(), u"overview"_s);
    auto* note = window.findChild<QLabel*>(u"workspaceNote"_s);
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(u"demo shop"_s), qPrintable(note->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.currentPage()->isBusy(), kImportTimeoutMs);
    // Set up like `pvi demo`: its targets and segment rules are there too.
    auto ws = pvi::Workspace::open(window.workspacePath(), pvi::Workspace::Mode::OpenExisting);
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    QCOMPARE(ws.workspace->db().queryInt("SELECT count(*) FROM targets"),
             std::int64_t(std::size(pvi::kDemoShopTargets)));
    QCOMPARE(ws.workspace->db().queryInt("SELECT count(*) FROM segment_rules"),
             std::int64_t(std::size(pvi::kDemoSegmentRules)));
}

void TestStartPage::exportsOpenIntoAWorkspaceBesideThem() {
    const QString file = m_dir.path(u"orders_export.csv"_s);
    QVERIFY(QFile::copy(QStringLiteral(PVI_FIXTURES_DIR) + u"/ui/orders_export.csv"_s, file));
    pvi::MainWindow window;
    window.show();
    QSignalSpy finished(&window, &pvi::MainWindow::importFinished);
    window.openExports({file});
    QCOMPARE(window.workspacePath(),
             QFileInfo(m_dir.path(u"orders_export.pvi"_s)).absoluteFilePath());
    QVERIFY(!window.showsStartPage());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kImportTimeoutMs);
    auto* report = window.findChild<pvi::ImportReportDialog*>();
    QVERIFY2(report, "a user's own exports get their report");
    // 48 orders from 14 customers (the fixture's distinct e-mails).
    QVERIFY2(report->summaryText().contains(u"48 orders from 14 customers"_s),
             qPrintable(report->summaryText()));
    QVERIFY(!window.findChild<QLabel*>(u"workspaceNote"_s)->isVisible());
}

void TestStartPage::recentWorkspacesReopenAndCloseGoesBack() {
    const QString path = m_dir.path(u"orders_export.pvi"_s); // made by the test above
    QVERIFY(QFileInfo::exists(path));
    pvi::MainWindow window;
    window.show();
    QListWidget* recent = window.startPage()->recentList();
    QVERIFY2(recent->count() >= 1, "the workspace opened before is listed");
    QListWidgetItem* item = nullptr;
    for (int i = 0; i < recent->count(); ++i)
        if (QFileInfo(recent->item(i)->data(Qt::UserRole).toString()) == QFileInfo(path))
            item = recent->item(i);
    QVERIFY2(item, "the recent list holds the workspace");
    QVERIFY(recent->isVisible());
    recent->scrollToItem(item);
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, {},
                      recent->visualItemRect(item).center());
    QCOMPARE(QFileInfo(window.workspacePath()), QFileInfo(path));
    QVERIFY(!window.showsStartPage());

    QAction* close = actionNamed(window, u"closeWorkspaceAction"_s);
    QVERIFY(close->isEnabled());
    close->trigger();
    QVERIFY(window.showsStartPage());
    QVERIFY(window.workspacePath().isEmpty());
    QVERIFY(!close->isEnabled());
}

PVI_TEST_CLASS(TestStartPage)
#include "test_start_page.moc"
