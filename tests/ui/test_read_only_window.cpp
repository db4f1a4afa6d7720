// A workspace the user may read but not write (a shared folder, a read-only mount) opens for
// viewing: the pages show their numbers, the window says why nothing can be changed, and every
// way of changing it is disabled with that reason: import, and typed-in experiments.
// As root (CI), file modes do not apply: the test then runs as `nobody` (real and effective
// ids, root kept as the saved id so that cleanupTestCase can return to it).
#include "gui_test_setup.h"
#include "page_test_workspace.h"
#include "pages/data_page.h"
#include "pages/experiment_list_model.h"
#include "pages/experiments_page.h"
#include "pages/overview_page.h"
#include "shell/main_window.h"
#include "show_page_and_wait.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr uid_t kNobody = 65534;

/// Shows the window at its usual size with the workspace open, then the page `id` once its
/// data is shown; null (with a test failure) when any step fails.
template <class P> P* openPage(pvi::MainWindow& window, const QString& path, const QString& id) {
    window.resize(1440, 900);
    window.show();
    QString error;
    if (!window.openWorkspace(path, &error)) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return nullptr;
    }
    if (!pvi::test::showPageAndWait(window, id)) {
        QTest::qFail(qPrintable(u"the page %1 never loaded"_s.arg(id)), __FILE__, __LINE__);
        return nullptr;
    }
    return qobject_cast<P*>(window.page(id));
}

} // namespace

class TestReadOnlyWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        pvi::test::isolateGuiTestSettings();
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.path(u"shared"_s);
        QVERIFY(QDir().mkpath(folder));
        m_path = folder + u"/shop.pvi"_s;
        const QString error = pvi::test::buildDemoWorkspace(m_path, {u"experiment_totals.csv"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(QFile::setPermissions(m_path, readOnly));
        QVERIFY(QFile::setPermissions(folder, readOnly | QFile::ExeOwner | QFile::ExeGroup |
                                                  QFile::ExeOther));
        if (geteuid() == 0) {
            // The scratch folder is root's own (0700): let `nobody` through to the workspace.
            QVERIFY(QFile::setPermissions(m_dir.path(QString()),
                                          readOnly | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ExeGroup | QFile::ExeOther));
            QVERIFY2(setresgid(kNobody, kNobody, 0) == 0, "setresgid(nobody)");
            QVERIFY2(setresuid(kNobody, kNobody, 0) == 0, "setresuid(nobody)");
            m_droppedRoot = true;
        }
    }

    void cleanupTestCase() {
        if (m_droppedRoot) {
            QVERIFY(setresuid(0, 0, 0) == 0);
            QVERIFY(setresgid(0, 0, 0) == 0);
        }
        // Writable again, so that the scratch folder can be removed.
        QFile::setPermissions(m_dir.path(u"shared"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void opensForViewingAndSaysWhy() {
        pvi::MainWindow window;
        auto* overview = openPage<pvi::OverviewPage>(window, m_path, u"overview"_s);
        QVERIFY(overview);
        QVERIFY2(window.readOnlyReason().contains(u"read-only"_s),
                 qPrintable(window.readOnlyReason()));
        auto* badge = window.findChild<QLabel*>(u"readOnlyBadge"_s);
        QVERIFY(badge && badge->isVisible());
        QVERIFY2(!overview->tiles().isEmpty(), "the Overview shows no tiles");

        auto* import = window.findChild<QAction*>(u"importAction"_s);
        QVERIFY(import);
        QVERIFY2(!import->isEnabled(), "File › Import is enabled on a read-only workspace");
        QVERIFY2(import->toolTip().contains(u"read-only"_s), qPrintable(import->toolTip()));
    }

    void typedInExperimentsAreDisabled() {
        pvi::MainWindow window;
        auto* page = openPage<pvi::ExperimentsPage>(window, m_path, u"experiments"_s);
        QVERIFY(page);
        QVERIFY2(page->listModel()->rowCount() > 0, "the experiments are not listed");
        QVERIFY2(!page->addButton()->isEnabled(),
                 "Add experiment… is enabled on a read-only workspace");
        QVERIFY2(page->addButton()->toolTip().contains(u"read-only"_s),
                 qPrintable(page->addButton()->toolTip()));
    }

    void dataPageShowsTheNotice() {
        pvi::MainWindow window;
        auto* page = openPage<pvi::DataPage>(window, m_path, u"data"_s);
        QVERIFY(page);
        QVERIFY2(page->readOnlyNotice()->isVisible(), "no read-only notice on the Data page");
    }

private:
    pvi::test::TempDir m_dir;
    QString m_path;
    bool m_droppedRoot = false;
};

PVI_TEST_CLASS(TestReadOnlyWindow)
#include "test_read_only_window.moc"
