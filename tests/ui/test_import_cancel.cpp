// Cancel works: a large generated export, the Cancel button clicked while it imports, and the
// workspace file left byte-for-byte as it was.
#include "gui_test_setup.h"
#include "import/import_controller.h"
#include "import/import_progress_dialog.h"
#include "import/import_report_dialog.h"
#include "importers/workspace_contents.h"
#include "shell/main_window.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// Orders in the generated export: large enough that the import is still running when the
/// first progress report reaches the GUI (a few seconds of work).
constexpr int kGeneratedOrders = 200000;

/// Writes a Shopify orders export (2025 layout header from the UI fixture) with one line per
/// order; false when the file cannot be written.
bool writeLargeExport(const QString& path) {
    QFile fixture(QStringLiteral(PVI_FIXTURES_DIR) + u"/ui/orders_export.csv"_s);
    if (!fixture.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = fixture.readLine();
    const int columns = int(header.count(',')) + 1;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(header);
    // Name, Email, Financial Status, ..., Total (col 12), ..., Created at (col 16), ...
    for (int i = 0; i < kGeneratedOrders; ++i) {
        QByteArray row = "#" + QByteArray::number(100000 + i) + ",buyer" +
                         QByteArray::number(i % 5000) +
                         "@example.com,paid,,fulfilled,,yes,USD,20.00,"
                         "4.00,1.60,25.60,,0.00,Standard,2025-0" +
                         QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 10) +
                         " 10:00:00 -0500,1,Sourdough loaf,20.00";
        row += QByteArray(columns - 19, ',');
        row += '\n';
        out.write(row);
    }
    return true;
}

} // namespace

class TestImportCancel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { pvi::test::isolateGuiTestSettings(); }
    void cancelLeavesTheWorkspaceUnchanged();
};

void TestImportCancel::cancelLeavesTheWorkspaceUnchanged() {
    pvi::test::TempDir dir;
    const QString path = dir.path(u"cancel.pvi"_s);
    const QString csv = dir.path(u"orders_export.csv"_s);
    QVERIFY(writeLargeExport(csv));
    {
        auto created = pvi::Workspace::open(path, pvi::Workspace::Mode::CreateOrOpen);
        QVERIFY2(created.workspace, qPrintable(created.error));
        created.workspace->checkpoint();
    }
    const QByteArray before = pvi::test::readAll(path);
    QVERIFY(!before.isEmpty());

    pvi::MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSignalSpy finished(&window, &pvi::MainWindow::importFinished);
    bool clicked = false;
    // Click Cancel as soon as the first progress reaches the GUI, while the file is importing.
    connect(window.importController(), &pvi::ImportController::progressChanged, this,
            [&](int value) {
                if (clicked || value <= 0)
                    return;
                auto* dialog = window.findChild<pvi::ImportProgressDialog*>();
                QVERIFY(dialog);
                clicked = true;
                QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
            });
    window.importFiles({csv});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(clicked);
    QCOMPARE(finished.first().at(1).toBool(), true); // cancelled
    QVERIFY(finished.first().at(0).value<QList<pvi::ImportReport>>().isEmpty());
    auto* report = window.findChild<pvi::ImportReportDialog*>();
    QVERIFY(report);
    QVERIFY(report->summaryText().contains(u"cancelled"_s));

    // Nothing was written: no batch, no order, and the file is byte-for-byte the same.
    auto ws = pvi::Workspace::open(path, pvi::Workspace::Mode::OpenExisting);
    QVERIFY(ws.workspace);
    const pvi::WorkspaceContents contents = pvi::workspaceContents(*ws.workspace);
    QCOMPARE(contents.importBatches, 0);
    QCOMPARE(contents.orders, 0);
    QCOMPARE(contents.customers, 0);
    ws.workspace->checkpoint();
    ws.workspace.reset();
    QVERIFY2(pvi::test::readAll(path) == before, "the workspace file changed after a cancel");
}

PVI_TEST_CLASS(TestImportCancel)
#include "test_import_cancel.moc"
