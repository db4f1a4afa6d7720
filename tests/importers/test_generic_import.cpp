// The generic orders CSV importer and its column mapping: guesses from column names, mapping
// checks, header signatures, an import with a mapping (values worked by hand from
// tests/fixtures/importers/generic/shop_orders.csv), the mapping remembered for the next file
// with the same header, and bad input rejected with file, line and column, nothing written.
#include "fixture_checks.h"
#include "importers/column_mapping.h"
#include "importers/import_runner.h"
#include "order_checks.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QFile>
#include <QTest>

using namespace pvi;

namespace {

QString shopOrders() {
    return test::importerFixture(QStringLiteral("generic/shop_orders.csv"));
}

/// The mapping a user would choose for shop_orders.csv.
ColumnMapping shopMapping() {
    return {{QStringLiteral("order_id"), QStringLiteral("Order #")},
            {QStringLiteral("email"), QStringLiteral("E-mail")},
            {QStringLiteral("created_at"), QStringLiteral("Ordered at")},
            {QStringLiteral("total"), QStringLiteral("Grand total")},
            {QStringLiteral("product"), QStringLiteral("Product")},
            {QStringLiteral("quantity"), QStringLiteral("Qty")},
            {QStringLiteral("price"), QStringLiteral("Unit price")},
            {QStringLiteral("financial_status"), QStringLiteral("Status")},
            {QStringLiteral("discount_code"), QStringLiteral("Coupon")},
            {QStringLiteral("landing_site"), QStringLiteral("Landing page")},
            {QStringLiteral("utm_campaign"), QStringLiteral("utm_campaign")}};
}

ImportOptions withMapping(const ColumnMapping& mapping) {
    ImportOptions options;
    options.importedAt = test::pinnedImportTime();
    options.columnMapping = mapping;
    return options;
}

} // namespace

class TestGenericImport : public QObject {
    Q_OBJECT

private:
    void checkShopOrders(Database& db);

private Q_SLOTS:
    void fieldsRequiredFirst();
    void guessesFromColumnNames();
    void reportsMappingProblems();
    void signatureIgnoresCaseAndSpaces();
    void importsWithMapping();
    void totalFromLinesWhenUnmapped();
    void savedMappingRecognizesTheHeader();
    void rowsApartArePutTogether();
    void rejectsBadInput_data();
    void rejectsBadInput();
};

void TestGenericImport::checkShopOrders(Database& db) {
    QCOMPARE(db.queryInt("SELECT count(*) FROM orders"), 3);
    const QString source = QStringLiteral("generic-orders");
    // A-1: two rows, total 50.00 read once; status paid; no subtotal column, so net = total.
    const test::StoredOrder a1 = test::storedOrder(db, source, QStringLiteral("A-1"));
    QVERIFY(a1.found);
    QVERIFY(a1.total && test::sameAmount(*a1.total, 50));
    QVERIFY(test::sameAmount(a1.netRevenue, 50));
    QVERIFY(a1.isValid);
    QCOMPARE(a1.lines, 2);
    QCOMPARE(a1.quantity, 2);
    QCOMPARE(a1.financialStatus, QStringLiteral("paid"));
    QCOMPARE(a1.email, QStringLiteral("ana@example.com"));
    QCOMPARE(a1.landingSite, QStringLiteral("/spring"));
    QCOMPARE(a1.utmCampaign, QStringLiteral("spring_p"));
    QCOMPARE(a1.createdAt, QStringLiteral("2024-04-01T10:00:00"));
    // A-2: refunded, not valid; BEN@example.com joins as ben@example.com.
    const test::StoredOrder a2 = test::storedOrder(db, source, QStringLiteral("A-2"));
    QVERIFY(!a2.isValid);
    QCOMPARE(a2.email, QStringLiteral("ben@example.com"));
    QCOMPARE(a2.quantity, 2);
    // A-3: WooCommerce's "completed" is paid; coupon WELCOME.
    const test::StoredOrder a3 = test::storedOrder(db, source, QStringLiteral("A-3"));
    QCOMPARE(a3.financialStatus, QStringLiteral("paid"));
    QCOMPARE(a3.discountCode, QStringLiteral("WELCOME"));
    QVERIFY(a3.total && test::sameAmount(*a3.total, 25));
    // Valid net revenue: A-1 50 + A-3 25 = 75.
    QVERIFY(test::sameAmount(test::validNetRevenue(db), 75));
}

void TestGenericImport::fieldsRequiredFirst() {
    const QList<CanonicalField>& fields = genericOrderFields();
    QStringList required;
    bool optionalSeen = false;
    for (const CanonicalField& field : fields) {
        QVERIFY2(!(field.required && optionalSeen), qPrintable(field.id));
        optionalSeen = optionalSeen || !field.required;
        if (field.required)
            required.append(field.id);
        QVERIFY(!field.label.isEmpty() && !field.hint.isEmpty());
    }
    QCOMPARE(required, (QStringList{QStringLiteral("order_id"), QStringLiteral("email"),
                                    QStringLiteral("created_at"), QStringLiteral("total")}));
}

void TestGenericImport::guessesFromColumnNames() {
    QCOMPARE(guessMapping(test::headerOf(shopOrders())), shopMapping());
    const ColumnMapping other = guessMapping(
        {QStringLiteral("InvoiceNo"), QStringLiteral("StockCode"), QStringLiteral("Description"),
         QStringLiteral("Quantity"), QStringLiteral("InvoiceDate"), QStringLiteral("UnitPrice"),
         QStringLiteral("Email Address")});
    QCOMPARE(other.value(QStringLiteral("order_id")), QStringLiteral("InvoiceNo"));
    QCOMPARE(other.value(QStringLiteral("created_at")), QStringLiteral("InvoiceDate"));
    QCOMPARE(other.value(QStringLiteral("price")), QStringLiteral("UnitPrice"));
    QCOMPARE(other.value(QStringLiteral("product")), QStringLiteral("Description"));
    QCOMPARE(other.value(QStringLiteral("email")), QStringLiteral("Email Address"));
    QVERIFY(!other.contains(QStringLiteral("total")));
}

void TestGenericImport::reportsMappingProblems() {
    const QStringList header = test::headerOf(shopOrders());
    QVERIFY(mappingProblems(shopMapping(), header).isEmpty());

    ColumnMapping noDate = shopMapping();
    noDate.remove(QStringLiteral("created_at"));
    const QStringList missing = mappingProblems(noDate, header);
    QCOMPARE(missing.size(), 1);
    QVERIFY2(missing.first().contains(u"created_at"), qPrintable(missing.first()));

    ColumnMapping wrongColumn = shopMapping();
    wrongColumn.insert(QStringLiteral("email"), QStringLiteral("Email address"));
    const QStringList absent = mappingProblems(wrongColumn, header);
    QCOMPARE(absent.size(), 1);
    QVERIFY2(absent.first().contains(u"'Email address'"), qPrintable(absent.first()));

    // Without a total, price (× quantity) gives it; without either, total is missing.
    ColumnMapping noTotal = shopMapping();
    noTotal.remove(QStringLiteral("total"));
    QVERIFY(mappingProblems(noTotal, header).isEmpty());
    noTotal.remove(QStringLiteral("price"));
    QCOMPARE(mappingProblems(noTotal, header).size(), 1);
}

void TestGenericImport::signatureIgnoresCaseAndSpaces() {
    const QStringList header = test::headerOf(shopOrders());
    QStringList loud;
    for (const QString& name : header)
        loud.append(u' ' + name.toUpper() + u' ');
    QCOMPARE(headerSignature(loud), headerSignature(header));
    QStringList reordered = header;
    reordered.swapItemsAt(0, 1);
    QVERIFY(headerSignature(reordered) != headerSignature(header));
}

void TestGenericImport::importsWithMapping() {
    test::TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    const ImportReport report =
        importFile(*opened.workspace, shopOrders(), withMapping(shopMapping()));
    QVERIFY2(report.ok, qPrintable(report.error + test::describeIssues(report)));
    QCOMPARE(report.source, QStringLiteral("generic-orders"));
    QCOMPARE(report.rowsRead, 4);
    QCOMPARE(report.recordsAdded, 3);
    QCOMPARE(report.customersAdded, 2);
    QCOMPARE(test::countIssues(report, ImportIssue::Severity::Warning), 0);
    checkShopOrders(opened.workspace->db());
}

void TestGenericImport::totalFromLinesWhenUnmapped() {
    test::TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    ColumnMapping mapping = shopMapping();
    mapping.remove(QStringLiteral("total"));
    const ImportReport report = importFile(*opened.workspace, shopOrders(), withMapping(mapping));
    QVERIFY2(report.ok, qPrintable(report.error + test::describeIssues(report)));
    // Σ quantity × price: A-1 1×40 + 1×10 = 50, A-2 2×15 = 30, A-3 5×5 = 25, as the file's totals.
    checkShopOrders(opened.workspace->db());
    const test::StoredOrder a2 =
        test::storedOrder(opened.workspace->db(), report.source, QStringLiteral("A-2"));
    QVERIFY(a2.total && test::sameAmount(*a2.total, 30));
}

void TestGenericImport::savedMappingRecognizesTheHeader() {
    test::TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    Workspace& ws = *opened.workspace;
    ImportOptions plain;
    plain.importedAt = test::pinnedImportTime();
    // Unknown header, no mapping yet.
    const ImportReport unknown = importFile(ws, shopOrders(), plain);
    QVERIFY(!unknown.ok);
    QCOMPARE(unknown.issues.value(0).code, QStringLiteral("unknown-format"));

    QVERIFY(importFile(ws, shopOrders(), withMapping(shopMapping())).ok);
    const QString signature = headerSignature(test::headerOf(shopOrders()));
    const std::optional<ColumnMapping> saved = savedMapping(ws, signature);
    QVERIFY(saved);
    QCOMPARE(*saved, shopMapping());

    // Next time the same header goes through the saved mapping without options.
    const ImportReport again = importFile(ws, shopOrders(), plain);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.source, QStringLiteral("generic-orders"));
    QCOMPARE(again.recordsUnchanged, 3);
    checkShopOrders(ws.db());

    // saveMapping replaces the mapping saved for a signature.
    ColumnMapping changed = shopMapping();
    changed.remove(QStringLiteral("utm_campaign"));
    saveMapping(ws, signature, changed, test::pinnedImportTime());
    QCOMPARE(savedMapping(ws, signature).value_or(ColumnMapping{}), changed);
    QCOMPARE(ws.db().queryInt("SELECT count(*) FROM column_mappings"), 1);
}

void TestGenericImport::rowsApartArePutTogether() {
    // shop_orders.csv with A-1's second row after A-2's: the same orders, one warning.
    QFile original(shopOrders());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = original.readAll().split('\n');
    lines.swapItemsAt(2, 3);
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("apart.csv"));
    QFile apart(path);
    QVERIFY(apart.open(QIODevice::WriteOnly));
    apart.write(lines.join('\n'));
    apart.close();
    auto opened = Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    const ImportReport report = importFile(*opened.workspace, path, withMapping(shopMapping()));
    QVERIFY2(report.ok, qPrintable(report.error + test::describeIssues(report)));
    QCOMPARE(report.recordsAdded, 3);
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(report.issues.first().code, QStringLiteral("rows-apart"));
    QCOMPARE(report.issues.first().line, 4); // A-1's Beanie row, now after A-2
    checkShopOrders(opened.workspace->db());
}

void TestGenericImport::rejectsBadInput_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<ColumnMapping>("mapping");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");
    const QString good = QStringLiteral("generic/shop_orders.csv");
    ColumnMapping missingColumn = shopMapping();
    missingColumn.insert(QStringLiteral("email"), QStringLiteral("Customer email"));
    ColumnMapping unmapped = shopMapping();
    unmapped.remove(QStringLiteral("order_id"));
    QTest::newRow("column not in file") << good << missingColumn << QStringLiteral("bad-mapping")
                                        << 1 << 0 << QStringLiteral("'Customer email'");
    QTest::newRow("required unmapped") << good << unmapped << QStringLiteral("bad-mapping") << 1
                                       << 0 << QStringLiteral("order_id");
    QTest::newRow("header only") << QStringLiteral("bad_input/generic_header_only.csv")
                                 << shopMapping() << QStringLiteral("no-rows") << 0 << 0
                                 << QString();
    // Line 4 stops after Qty (column 6): Unit price, column 7, is missing.
    QTest::newRow("truncated") << QStringLiteral("bad_input/generic_truncated.csv") << shopMapping()
                               << QStringLiteral("short-row") << 4 << 7
                               << QStringLiteral("Unit price");
    // Line 5, Qty (column 6) holds "five".
    QTest::newRow("bad quantity") << QStringLiteral("bad_input/generic_bad_quantity.csv")
                                  << shopMapping() << QStringLiteral("bad-integer") << 5 << 6
                                  << QStringLiteral("'five'");
}

void TestGenericImport::rejectsBadInput() {
    QFETCH(QString, file);
    QFETCH(ColumnMapping, mapping);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);
    test::TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    const QString path = test::importerFixture(file);
    const ImportReport report = importFile(*opened.workspace, path, withMapping(mapping));
    QVERIFY(!report.ok);
    const auto issue = std::find_if(report.issues.begin(), report.issues.end(),
                                    [&](const ImportIssue& i) { return i.code == code; });
    QVERIFY2(issue != report.issues.end(),
             qPrintable(report.error + u'\n' + test::describeIssues(report)));
    QCOMPARE(issue->file, path);
    if (line > 0)
        QCOMPARE(issue->line, line);
    if (column > 0)
        QCOMPARE(issue->column, column);
    QVERIFY2(issue->message.contains(messagePart), qPrintable(issue->message));
    Database& db = opened.workspace->db();
    QCOMPARE(db.queryInt("SELECT count(*) FROM import_batches"), 0);
    QCOMPARE(db.queryInt("SELECT count(*) FROM orders"), 0);
    QCOMPARE(db.queryInt("SELECT count(*) FROM column_mappings"), 0);
}

PVI_TEST_CLASS(TestGenericImport)
#include "test_generic_import.moc"
