// Import batches: what is recorded (file, SHA-256, source, counts, pinned time, issues) and that
// removing a batch removes exactly its rows and the customers left without orders or records.
#include "fixture_checks.h"
#include "importers/import_batches.h"
#include "importers/import_runner.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QCryptographicHash>
#include <QTest>

using namespace pvi;

namespace {

ImportReport importPinned(Workspace& ws, const QString& file) {
    ImportOptions options;
    options.importedAt = test::pinnedImportTime();
    return importFile(ws, test::shopifyFixture(file), options);
}

std::int64_t count(Workspace& ws, const char* table) {
    return ws.db().queryInt(std::string("SELECT count(*) FROM ") + table);
}

} // namespace

class TestImportBatches : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recordsBatchAndIssues();
    void removingABatchRemovesExactlyItsRows();
    void removingCustomersBatchKeepsCustomersWithOrders();
    void removingUnknownBatchFails();
};

void TestImportBatches::recordsBatchAndIssues() {
    test::TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY(opened.workspace);
    Workspace& ws = *opened.workspace;
    const ImportReport report = importPinned(ws, QStringLiteral("orders_2025_layout/input.csv"));
    QVERIFY(report.ok);

    const auto batches = listImportBatches(ws);
    QCOMPARE(batches.size(), std::size_t(1));
    const ImportBatchInfo& b = batches.front();
    QCOMPARE(b.id, report.batchId);
    QCOMPARE(b.fileName, QStringLiteral("input.csv"));
    QCOMPARE(b.source, QStringLiteral("shopify-orders"));
    QCOMPARE(b.importedAt, QStringLiteral("2026-11-01T12:00:00Z"));
    QFile file(test::shopifyFixture(QStringLiteral("orders_2025_layout/input.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(b.sha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(b.rowsRead, 16);
    QCOMPARE(b.recordsAdded, 9);
    QCOMPARE(b.customersAdded, 6);
    QCOMPARE(b.ordersHeld, 9);
    QCOMPARE(b.issueCount, 1);

    const QList<ImportIssue> issues = importBatchIssues(ws, b.id);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().code, QStringLiteral("no-email"));
    QCOMPARE(issues.first().severity, ImportIssue::Severity::Warning);
    QCOMPARE(issues.first().line, 16); // #2007's row
}

void TestImportBatches::removingABatchRemovesExactlyItsRows() {
    test::TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY(opened.workspace);
    Workspace& ws = *opened.workspace;
    const ImportReport older = importPinned(ws, QStringLiteral("orders_2021_layout/input.csv"));
    const ImportReport newer = importPinned(ws, QStringLiteral("orders_2025_layout/input.csv"));
    QVERIFY(older.ok && newer.ok);
    QCOMPARE(count(ws, "orders"), 15);
    QCOMPARE(count(ws, "order_lines"), 24);
    QCOMPARE(count(ws, "customers"), 10);

    QString error;
    QVERIFY2(removeImportBatch(ws, newer.batchId, &error), qPrintable(error));
    // Exactly the 2021 file's rows are left: 6 orders, 8 lines, 4 customers, its 0 issues.
    QCOMPARE(count(ws, "orders"), 6);
    QCOMPARE(count(ws, "order_lines"), 8);
    QCOMPARE(count(ws, "customers"), 4);
    QCOMPARE(count(ws, "import_issues"), 0);
    QCOMPARE(ws.db().queryInt("SELECT count(*) FROM orders WHERE batch_id <> " +
                              std::to_string(older.batchId)),
             0);
    QCOMPARE(listImportBatches(ws).size(), std::size_t(1));

    QVERIFY2(removeImportBatch(ws, older.batchId, &error), qPrintable(error));
    QCOMPARE(count(ws, "orders"), 0);
    QCOMPARE(count(ws, "order_lines"), 0);
    QCOMPARE(count(ws, "customers"), 0);
}

void TestImportBatches::removingCustomersBatchKeepsCustomersWithOrders() {
    test::TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY(opened.workspace);
    Workspace& ws = *opened.workspace;
    QVERIFY(importPinned(ws, QStringLiteral("orders_2025_layout/input.csv")).ok);
    const ImportReport customers = importPinned(ws, QStringLiteral("customers_2024/input.csv"));
    QVERIFY(customers.ok);
    // ana, ben and cara are known from the orders; the phone-only customer is new.
    QCOMPARE(customers.customersMatched, 3);
    QCOMPARE(customers.customersAdded, 1);
    QCOMPARE(count(ws, "customers"), 7);
    QCOMPARE(count(ws, "customer_records"), 4);
    QCOMPARE(ws.db().queryInt("SELECT count(*) FROM customers WHERE external_id IS NOT NULL"), 4);

    QString error;
    QVERIFY2(removeImportBatch(ws, customers.batchId, &error), qPrintable(error));
    QCOMPARE(count(ws, "customer_records"), 0);
    QCOMPARE(count(ws, "customers"), 6); // the phone-only customer had nothing else
    QCOMPARE(count(ws, "orders"), 9);
}

void TestImportBatches::removingUnknownBatchFails() {
    test::TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY(opened.workspace);
    QString error;
    QVERIFY(!removeImportBatch(*opened.workspace, 42, &error));
    QVERIFY(error.contains(u"42"));
}

PVI_TEST_CLASS(TestImportBatches)
#include "test_import_batches.moc"
