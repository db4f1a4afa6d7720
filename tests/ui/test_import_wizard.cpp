// The import wizard driven like a user: files detected with their confidence, a source
// overridden, the preview of the first rows with a missing required column flagged, an invalid
// file blocking Import, an import through the wizard, and Cancel leaving the workspace as it was.
// Set PVI_SCREENSHOT_DIR to also save a picture of every step there.
#include "gui_test_setup.h"
#include "import/import_controller.h"
#include "import/import_progress_dialog.h"
#include "import/import_report_dialog.h"
#include "import/import_wizard.h"
#include "import/import_wizard_file_model.h"
#include "import/import_wizard_files_page.h"
#include "import/import_wizard_mapping_page.h"
#include "import/import_wizard_preview_model.h"
#include "import/import_wizard_preview_page.h"
#include "import/import_wizard_validation_page.h"
#include "importers/workspace_contents.h"
#include "shell/main_window.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString ordersFixture() {
    return QStringLiteral(PVI_FIXTURES_DIR) + u"/ui/orders_export.csv"_s;
}

QList<QByteArray> fixtureLines() {
    QFile file(ordersFixture());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}

/// The orders fixture without its "Created at" column (the 16th), and line 3 cut short after
/// five fields: a required column missing and a ragged row. None of its fields is quoted with
/// a comma inside before column 16, so splitting on commas up to there is exact.
bool writeFileWithoutCreatedAt(const QString& path) {
    const QList<QByteArray> lines = fixtureLines();
    QFile out(path);
    if (lines.size() < 3 || !out.open(QIODevice::WriteOnly))
        return false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QList<QByteArray> fields = lines.at(i).split(',');
        if (fields.size() < 16 || fields.at(15).contains('"'))
            return false;
        fields.removeAt(15);
        if (i == 2)
            fields = fields.mid(0, 5);
        out.write(fields.join(',') + '\n');
    }
    return true;
}

/// The fixture's orders repeated `copies` times with distinct order names ("#1001" becomes
/// "#7-1001" in copy 7): large enough to still be importing when Cancel is clicked.
bool writeRepeatedOrders(const QString& path, int copies) {
    const QList<QByteArray> lines = fixtureLines();
    QFile out(path);
    if (lines.size() < 2 || !out.open(QIODevice::WriteOnly))
        return false;
    out.write(lines.first() + '\n');
    for (int copy = 0; copy < copies; ++copy) {
        const QByteArray prefix = '#' + QByteArray::number(copy) + '-';
        for (qsizetype i = 1; i < lines.size(); ++i)
            out.write(prefix + lines.at(i).mid(1) + '\n');
    }
    return true;
}

QString createWorkspace(const pvi::test::TempDir& dir, const QString& name) {
    const QString path = dir.path(name);
    auto created = pvi::Workspace::open(path, pvi::Workspace::Mode::CreateOrOpen);
    if (!created.workspace)
        return {};
    created.workspace->checkpoint();
    return path;
}

void saveScreenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("PVI_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u"/wizard-"_s + name + u".png"_s);
}

QComboBox* sourceCombo(pvi::ImportWizard& wizard, int row) {
    QTableView* table = wizard.filesPage()->table();
    return qobject_cast<QComboBox*>(
        table->indexWidget(wizard.fileModel()->index(row, pvi::ImportWizardFileModel::ImportAs)));
}

} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { pvi::test::isolateGuiTestSettings(); }
    void detectsShopifyOrdersWithConfidence();
    void overridingTheSourceChangesTheRequest();
    void previewShowsFirstRowsAndFlagsMissingColumn();
    void invalidFileBlocksImport();
    void importingThroughTheWizardAddsTheOrders();
    void cancelLeavesTheWorkspaceUnchanged();
    void doubleClickingAnIssueShowsItsRow();
    void genericFileIsMappedImportedAndItsMappingRemembered();
};

void TestImportWizard::detectsShopifyOrdersWithConfidence() {
    pvi::ImportWizard wizard(QString{});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    pvi::ImportWizardFileModel* files = wizard.fileModel();
    QAbstractItemModelTester tester(files, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!wizard.filesPage()->isComplete());
    wizard.addFiles({ordersFixture(), ordersFixture()}); // listed once
    QCOMPARE(files->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(files->allScanned(), 10000);
    QVERIFY(wizard.filesPage()->isComplete());

    // The fixture's header has both signature columns (Lineitem quantity, Financial Status: 50),
    // every required column (Name, Created at, Total: 30) and starts with Name (20): 100.
    const pvi::ImportFileEntry& entry = files->entry(0);
    QCOMPARE(entry.scan.detectedSource, u"shopify-orders"_s);
    QCOMPARE(entry.scan.confidence, 100);
    QCOMPARE(entry.source, u"shopify-orders"_s);
    using M = pvi::ImportWizardFileModel;
    QCOMPARE(files->index(0, M::Detected).data().toString(), u"Shopify orders export — 100%"_s);
    QCOMPARE(files->index(0, M::Status).data().toString(), u"✓ Ready"_s);
    QComboBox* combo = sourceCombo(wizard, 0);
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), u"shopify-orders"_s);
    saveScreenshot(&wizard, u"1-files"_s);
}

void TestImportWizard::overridingTheSourceChangesTheRequest() {
    pvi::ImportWizard wizard(QString{});
    wizard.show();
    wizard.addFiles({ordersFixture()});
    QTRY_VERIFY_WITH_TIMEOUT(wizard.fileModel()->allScanned(), 10000);
    QComboBox* combo = sourceCombo(wizard, 0);
    QVERIFY(combo);
    const int customers = combo->findData(u"shopify-customers"_s);
    QVERIFY(customers > 0);
    // Choose it like a user: open the combo's list and pick the item.
    combo->setCurrentIndex(customers);
    Q_EMIT combo->activated(customers);
    QCOMPARE(wizard.fileModel()->entry(0).source, u"shopify-customers"_s);
    const QList<pvi::ImportRequest> requests = wizard.fileModel()->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().file, ordersFixture());
    QCOMPARE(requests.first().options.forcedSource, u"shopify-customers"_s);
    // The detection itself is still shown.
    QCOMPARE(wizard.fileModel()->entry(0).scan.detectedSource, u"shopify-orders"_s);

    // The model's own edits reach the combo too.
    QVERIFY(wizard.fileModel()->setSource(0, u"shopify-orders"_s));
    QCOMPARE(combo->currentData().toString(), u"shopify-orders"_s);
    QVERIFY(!wizard.fileModel()->setSource(0, u"no-such-source"_s));
}

void TestImportWizard::previewShowsFirstRowsAndFlagsMissingColumn() {
    pvi::test::TempDir dir;
    const QString broken = dir.path(u"orders_without_dates.csv"_s);
    QVERIFY(writeFileWithoutCreatedAt(broken));
    const QString large = dir.path(u"many_orders.csv"_s);
    QVERIFY(writeRepeatedOrders(large, 3)); // 3 × 74 rows: more than the preview shows
    const QList<QByteArray> lines = fixtureLines();

    pvi::ImportWizard wizard(QString{});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.addFiles({large, broken});
    QTRY_VERIFY_WITH_TIMEOUT(wizard.fileModel()->allScanned(), 10000);
    // Without Created at: signature 50 + required 2 of 3 (20) + first column Name (20) = 90.
    QCOMPARE(wizard.fileModel()->entry(1).scan.detectedSource, u"shopify-orders"_s);
    QCOMPARE(wizard.fileModel()->entry(1).scan.confidence, 90);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(pvi::ImportWizard::PreviewPageId));
    pvi::ImportWizardPreviewPage* page = wizard.previewPage();
    pvi::ImportWizardPreviewModel* preview = page->previewModel();
    QAbstractItemModelTester tester(preview,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    using P = pvi::ImportWizardPreviewModel;

    // The large file: the first 100 rows, under its header, starting at line 2.
    QCOMPARE(page->currentFile(), 0);
    QCOMPARE(preview->rowCount(), pvi::ImportWizardFileModel::kPreviewRows);
    const QList<QByteArray> header = lines.first().split(',');
    QCOMPARE(preview->fileColumnCount(), int(header.size()));
    QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), u"Name"_s);
    QCOMPARE(preview->headerData(1, Qt::Horizontal).toString(), u"Email"_s);
    QCOMPARE(preview->index(0, 0).data().toString(), u"#0-1001"_s);
    QCOMPARE(preview->index(0, 1).data().toString(), u"customer10@example.com"_s);
    QCOMPARE(preview->headerData(0, Qt::Vertical).toString(), u"2"_s);
    QCOMPARE(preview->index(99, 0).data().toString(),
             u"#1-"_s + QString::fromUtf8(lines.at(1 + 99 % 74).split(',').first().mid(1)));
    QVERIFY(page->problemText().isEmpty());
    saveScreenshot(&wizard, u"2-preview"_s);

    // The file without Created at: an extra header cell marks the missing column and the
    // message names it; line 3's missing cells and its line number are marked.
    page->showFile(1);
    const int missingColumn = preview->fileColumnCount();
    QCOMPARE(preview->columnCount(), missingColumn + 1);
    QCOMPARE(preview->headerData(missingColumn, Qt::Horizontal).toString(),
             u"⚠ Created at (missing)"_s);
    QVERIFY(preview->headerData(missingColumn, Qt::Horizontal, P::ProblemRole).toBool());
    QVERIFY(!preview->headerData(0, Qt::Horizontal, P::ProblemRole).toBool());
    QVERIFY(preview->index(0, missingColumn).data(P::ProblemRole).toBool());
    QVERIFY(page->problemText().contains(u"Required column “Created at” is missing"_s));
    QCOMPARE(preview->headerData(1, Qt::Vertical).toString(), u"⚠ 3"_s);
    QVERIFY(preview->headerData(1, Qt::Vertical, P::ProblemRole).toBool());
    QVERIFY(!preview->index(1, 4).data(P::ProblemRole).toBool());
    QVERIFY(preview->index(1, 5).data(P::ProblemRole).toBool());
    QVERIFY(!preview->index(0, 5).data(P::ProblemRole).toBool());
    QVERIFY(page->problemText().contains(
        u"Line 3 has 5 fields; the header has %1."_s.arg(header.size() - 1)));
    saveScreenshot(&wizard, u"2-preview-problems"_s);
}

void TestImportWizard::invalidFileBlocksImport() {
    pvi::test::TempDir dir;
    const QString broken = dir.path(u"orders_without_dates.csv"_s);
    QVERIFY(writeFileWithoutCreatedAt(broken));
    pvi::ImportWizard wizard(QString{});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.addFiles({ordersFixture(), broken});
    QTRY_VERIFY_WITH_TIMEOUT(wizard.fileModel()->allScanned(), 10000);
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(pvi::ImportWizard::ValidationPageId));
    QAbstractButton* import = wizard.button(QWizard::FinishButton);
    QVERIFY(import->isVisible());
    QCOMPARE(import->text(), u"&Import"_s);
    QVERIFY(!import->isEnabled());
    QVERIFY(wizard.validationPage()->summaryText().startsWith(u"1 of 2 files cannot"_s));
    QSignalSpy requested(&wizard, &pvi::ImportWizard::importRequested);
    wizard.accept(); // refused while a file is invalid
    QCOMPARE(requested.count(), 0);
    saveScreenshot(&wizard, u"4-validation-blocked"_s);

    // Overriding the good file with a source whose columns it lacks also blocks the import.
    wizard.fileModel()->removeFile(1);
    QVERIFY(import->isEnabled());
    QVERIFY(wizard.fileModel()->setSource(0, u"costs"_s));
    QVERIFY(!import->isEnabled());
    QVERIFY(wizard.fileModel()->setSource(0, u"shopify-orders"_s));
    QVERIFY(import->isEnabled());
    QCOMPARE(wizard.validationPage()->summaryText(), u"The file is ready to import."_s);
    saveScreenshot(&wizard, u"4-validation-ready"_s);
}

void TestImportWizard::importingThroughTheWizardAddsTheOrders() {
    pvi::test::TempDir dir;
    const QString path = createWorkspace(dir, u"wizard.pvi"_s);
    QVERIFY(!path.isEmpty());
    pvi::MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &pvi::MainWindow::importFinished);

    window.openImportWizard({ordersFixture()});
    pvi::ImportWizard* wizard = window.importWizard();
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->fileModel()->allScanned(), 10000);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(pvi::ImportWizard::ValidationPageId));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().at(1).toBool(), false);

    // The fixture's 74 rows hold 48 orders of 14 customers (see test_main_window_import).
    const auto reports = finished.first().at(0).value<QList<pvi::ImportReport>>();
    QCOMPARE(reports.size(), 1);
    QVERIFY2(reports.first().ok, qPrintable(reports.first().error));
    QCOMPARE(reports.first().source, u"shopify-orders"_s);
    auto ws = pvi::Workspace::open(path, pvi::Workspace::Mode::OpenExisting);
    QVERIFY(ws.workspace);
    const pvi::WorkspaceContents contents = pvi::workspaceContents(*ws.workspace);
    QCOMPARE(contents.importBatches, 1);
    QCOMPARE(contents.orders, 48);
    QCOMPARE(contents.customers, 14);
    auto* report = window.findChild<pvi::ImportReportDialog*>();
    QVERIFY(report);
    saveScreenshot(report, u"5-report"_s);
}

void TestImportWizard::cancelLeavesTheWorkspaceUnchanged() {
    pvi::test::TempDir dir;
    const QString path = createWorkspace(dir, u"cancel.pvi"_s);
    QVERIFY(!path.isEmpty());
    const QString csv = dir.path(u"orders_export.csv"_s);
    QVERIFY(writeRepeatedOrders(csv, 3000)); // 222,000 rows: seconds of work
    const QByteArray before = pvi::test::readAll(path);
    QVERIFY(!before.isEmpty());

    pvi::MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &pvi::MainWindow::importFinished);
    bool clicked = false;
    connect(window.importController(), &pvi::ImportController::progressChanged, this,
            [&](int value) {
                if (clicked || value <= 0)
                    return;
                auto* dialog = window.findChild<pvi::ImportProgressDialog*>();
                QVERIFY(dialog);
                saveScreenshot(dialog, u"5-progress"_s);
                clicked = true;
                QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
            });

    window.openImportWizard({csv});
    pvi::ImportWizard* wizard = window.importWizard();
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->fileModel()->allScanned(), 10000);
    wizard->next();
    wizard->next();
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(clicked);
    QCOMPARE(finished.first().at(1).toBool(), true);
    QVERIFY(finished.first().at(0).value<QList<pvi::ImportReport>>().isEmpty());

    auto ws = pvi::Workspace::open(path, pvi::Workspace::Mode::OpenExisting);
    QVERIFY(ws.workspace);
    const pvi::WorkspaceContents contents = pvi::workspaceContents(*ws.workspace);
    QCOMPARE(contents.importBatches, 0);
    QCOMPARE(contents.orders, 0);
    ws.workspace->checkpoint();
    ws.workspace.reset();
    QVERIFY2(pvi::test::readAll(path) == before, "the workspace file changed after a cancel");
}

void TestImportWizard::doubleClickingAnIssueShowsItsRow() {
    pvi::ImportReport report;
    report.file = ordersFixture();
    report.source = u"shopify-orders"_s;
    report.ok = true;
    report.issues.append({report.file, 3, 2, pvi::ImportIssue::Severity::Warning,
                          u"mixed-case-email"_s, u"Email written in mixed case"_s});
    pvi::ImportReportDialog dialog({report}, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.rowText(), QString());
    QSignalSpy shown(&dialog, &pvi::ImportReportDialog::issueRowShown);
    QTableView* table = dialog.issueTable();
    const QRect cell = table->visualRect(table->model()->index(0, 0));
    // A real double-click: press/release, then the double-click event.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
    // Line 3 of the fixture is order #1002 of Customer04@Example.com; the issue's column is marked.
    const QString text = dialog.rowText();
    QVERIFY2(text.startsWith(u"orders_export.csv, line 3:"_s), qPrintable(text));
    QVERIFY2(text.contains(u"  1. Name: #1002\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"▶ 2. Email: Customer04@Example.com\n"_s), qPrintable(text));
    saveScreenshot(&dialog, u"5-report-row"_s);
}

void TestImportWizard::genericFileIsMappedImportedAndItsMappingRemembered() {
    pvi::test::TempDir dir;
    const QString path = createWorkspace(dir, u"generic.pvi"_s);
    QVERIFY(!path.isEmpty());
    // Three orders of two customers in a layout no importer recognises.
    const QString csv = dir.path(u"invoices.csv"_s);
    {
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Invoice No,E-mail,Order Date,Amount,Comment\n"
                  "A-1,ann@example.com,2025-03-01 10:00:00 +0000,12.50,vip\n"
                  "A-2,bob@example.com,2025-03-02 11:00:00 +0000,20.00,\n"
                  "A-3,ann@example.com,2025-03-05 09:30:00 +0000,7.25,vip\n");
    }
    pvi::MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &pvi::MainWindow::importFinished);
    window.openImportWizard({csv});
    pvi::ImportWizard* wizard = window.importWizard();
    QVERIFY(wizard);
    pvi::ImportWizardFileModel* files = wizard->fileModel();
    QTRY_VERIFY_WITH_TIMEOUT(files->allScanned(), 10000);
    QCOMPARE(files->entry(0).scan.detectedSource, QString());
    QVERIFY(files->index(0, pvi::ImportWizardFileModel::Detected)
                .data()
                .toString()
                .startsWith(u"Not recognised"_s));
    QComboBox* source = sourceCombo(*wizard, 0);
    QVERIFY(source);
    const int generic = source->findData(pvi::kGenericImportSource);
    QVERIFY(generic > 0);
    source->setCurrentIndex(generic);
    Q_EMIT source->activated(generic);
    QVERIFY(files->entry(0).isGeneric());

    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(pvi::ImportWizard::MappingPageId));
    pvi::ImportWizardMappingPage* mapping = wizard->mappingPage();
    // Guessed from the names: Invoice No, E-mail, Order Date, Amount.
    QTRY_VERIFY_WITH_TIMEOUT(files->entry(0).mapping.has_value(), 10000);
    QCOMPARE(mapping->columnCombo(u"order_id"_s)->currentText(), u"Invoice No"_s);
    QCOMPARE(mapping->columnCombo(u"email"_s)->currentText(), u"E-mail"_s);
    QCOMPARE(mapping->columnCombo(u"created_at"_s)->currentText(), u"Order Date"_s);
    QCOMPARE(mapping->columnCombo(u"total"_s)->currentText(), u"Amount"_s);
    QCOMPARE(mapping->columnCombo(u"tags"_s)->currentText(), u"(not mapped)"_s);
    QVERIFY(mapping->statusText().contains(u"from the column names"_s));
    // The user maps Comment to tags, and unmaps the e-mail: the file becomes invalid.
    QComboBox* tags = mapping->columnCombo(u"tags"_s);
    tags->setCurrentIndex(tags->findText(u"Comment"_s));
    QComboBox* email = mapping->columnCombo(u"email"_s);
    email->setCurrentIndex(0);
    QVERIFY(!pvi::importFileProblems(files->entry(0)).isEmpty());
    QVERIFY(mapping->statusText().contains(u"Customer e-mail (email) is not mapped"_s));
    saveScreenshot(wizard, u"3-mapping"_s);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(pvi::ImportWizard::ValidationPageId));
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    wizard->back();
    email->setCurrentIndex(email->findText(u"E-mail"_s));
    wizard->next();
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    const QList<pvi::ImportRequest> requests = files->requests();
    QCOMPARE(requests.first().options.columnMapping->value(u"tags"_s), u"Comment"_s);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto reports = finished.first().at(0).value<QList<pvi::ImportReport>>();
    QCOMPARE(reports.size(), 1);
    QVERIFY2(reports.first().ok, qPrintable(reports.first().error));
    {
        auto ws = pvi::Workspace::open(path, pvi::Workspace::Mode::OpenExisting);
        QVERIFY(ws.workspace);
        const pvi::WorkspaceContents contents = pvi::workspaceContents(*ws.workspace);
        QCOMPARE(contents.orders, 3);
        QCOMPARE(contents.customers, 2);
    }

    // The same header again: the mapping saved by the import (with tags) is used.
    QTRY_VERIFY(!window.importWizard());
    window.openImportWizard({csv});
    wizard = window.importWizard();
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->fileModel()->allScanned(), 10000);
    // Recognised by its saved mapping, as the import would: generic, mapped, ready.
    QCOMPARE(wizard->fileModel()->entry(0).source, pvi::kGenericImportSource);
    QCOMPARE(wizard->fileModel()->index(0, pvi::ImportWizardFileModel::Detected).data().toString(),
             u"Column mapping saved for this header"_s);
    QCOMPARE(sourceCombo(*wizard, 0)->currentData().toString(), pvi::kGenericImportSource);
    QVERIFY(pvi::importFileProblems(wizard->fileModel()->entry(0)).isEmpty());
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(pvi::ImportWizard::MappingPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->fileModel()->entry(0).mapping.has_value(), 10000);
    QCOMPARE(wizard->mappingPage()->columnCombo(u"tags"_s)->currentText(), u"Comment"_s);
    QVERIFY(wizard->mappingPage()->statusText().contains(u"saved for this header"_s));
    wizard->close();
}

PVI_TEST_CLASS(TestImportWizard)
#include "test_import_wizard.moc"
