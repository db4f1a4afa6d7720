// The three WooCommerce order exports (FORMATS.md §2) in our own fixtures, laid out like the real
// files (tests/fixtures/importers/make_fixtures.py writes them): detection from the header, the
// stored orders against values worked by hand from the fixture rows (each expectation says how),
// order totals counted once where the layout repeats them on every product row, idempotent
// re-import, and bad input (truncated, header only, missing column, unreadable value) rejected
// with file, line and column and nothing written. No real WooCommerce export has been found to
// test against (FORMATS.md §2: "No sample file saved").
#include "fixture_checks.h"
#include "importers/import_runner.h"
#include "importers/importer_registry.h"
#include "order_checks.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;

namespace {

/// A fresh workspace in `dir` with one fixture imported into it (null when it cannot be opened).
std::unique_ptr<Workspace> importFresh(const test::TempDir& dir, const char* file,
                                       ImportReport& report) {
    auto opened = Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen);
    if (opened.workspace)
        report = importFile(*opened.workspace, test::importerFixture(QString::fromLatin1(file)),
                            test::pinnedImportOptions());
    return std::move(opened.workspace);
}

/// What the test expects of one stored order.
struct Expected {
    const char* key;
    const char* status; ///< financial status after mapping WooCommerce's
    bool valid;
    double total;
    double net;
    int lines;
    int quantity;
    const char* email = "";
    const char* code = "";
    double refunded = 0;
};

} // namespace

class TestWooCommerceFixtures : public QObject {
    Q_OBJECT

private:
    void checkOrders(Database& db, const QString& source, const QList<Expected>& expected);

private Q_SLOTS:
    void detectsLayouts_data();
    void detectsLayouts();
    void analyticsDownload();
    void advancedOrderExport();
    void webToffeeExport();
    void reimportChangesNothing();
    void rejectsBadInput_data();
    void rejectsBadInput();
};

void TestWooCommerceFixtures::checkOrders(Database& db, const QString& source,
                                          const QList<Expected>& expected) {
    QCOMPARE(db.queryInt("SELECT count(*) FROM orders"), expected.size());
    for (const Expected& e : expected) {
        const test::StoredOrder o = test::storedOrder(db, source, QString::fromLatin1(e.key));
        QVERIFY2(o.found, e.key);
        const QString what = QStringLiteral("order %1").arg(QString::fromLatin1(e.key));
        QVERIFY2(o.financialStatus == QString::fromLatin1(e.status),
                 qPrintable(what + QStringLiteral(": status ") + o.financialStatus));
        QVERIFY2(o.isValid == e.valid, qPrintable(what + QStringLiteral(": validity")));
        QVERIFY2(
            o.total && test::sameAmount(*o.total, e.total),
            qPrintable(
                what +
                QStringLiteral(": total %1, expected %2").arg(o.total.value_or(-1)).arg(e.total)));
        QVERIFY2(test::sameAmount(o.netRevenue, e.net),
                 qPrintable(
                     what +
                     QStringLiteral(": net revenue %1, expected %2").arg(o.netRevenue).arg(e.net)));
        QVERIFY2(test::sameAmount(o.refunded, e.refunded),
                 qPrintable(what + QStringLiteral(": refunded %1").arg(o.refunded)));
        QVERIFY2(o.lines == e.lines && o.quantity == e.quantity,
                 qPrintable(what + QStringLiteral(": %1 lines / quantity %2, expected %3 / %4")
                                       .arg(o.lines)
                                       .arg(o.quantity)
                                       .arg(e.lines)
                                       .arg(e.quantity)));
        QCOMPARE(o.email, QString::fromLatin1(e.email));
        QCOMPARE(o.discountCode, QString::fromLatin1(e.code));
    }
}

void TestWooCommerceFixtures::detectsLayouts_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("source");
    QTest::newRow("analytics") << QStringLiteral("woocommerce/analytics_orders.csv")
                               << QStringLiteral("woocommerce-analytics-orders");
    QTest::newRow("advanced export") << QStringLiteral("woocommerce/order_export.csv")
                                     << QStringLiteral("woocommerce-order-export");
    QTest::newRow("webtoffee") << QStringLiteral("woocommerce/webtoffee_orders.csv")
                               << QStringLiteral("webtoffee-orders");
    QTest::newRow("shopify still shopify")
        << QStringLiteral("../shopify/orders_2025_layout/input.csv")
        << QStringLiteral("shopify-orders");
}

void TestWooCommerceFixtures::detectsLayouts() {
    QFETCH(QString, file);
    QFETCH(QString, source);
    const QStringList header = test::headerOf(test::importerFixture(file));
    QVERIFY(!header.isEmpty());
    const DetectionResult result = ImporterRegistry::instance().detect(header);
    QVERIFY2(result.spec, "no importer matched");
    QCOMPARE(result.spec->id, source);
}

void TestWooCommerceFixtures::analyticsDownload() {
    test::TempDir dir;
    ImportReport report;
    const auto ws = importFresh(dir, "woocommerce/analytics_orders.csv", report);
    QVERIFY(ws);
    Database& db = ws->db();
    QVERIFY2(report.ok, qPrintable(report.error + test::describeIssues(report)));
    QCOMPARE(report.source, QStringLiteral("woocommerce-analytics-orders"));
    QCOMPARE(report.rowsRead, 5);
    QCOMPARE(report.recordsAdded, 5);
    // The download names customers but gives no e-mail: no customer, one no-email warning.
    QCOMPARE(report.customersAdded, 0);
    QCOMPARE(test::countIssues(report, ImportIssue::Severity::Warning), 1);

    // Net sales are net of refunds, shipping and tax, so they are total, subtotal and (floored
    // at 0) net revenue. completed/processing -> paid, on-hold -> pending (valid);
    // refunded -> refunded and cancelled -> voided (not valid).
    checkOrders(db, report.source,
                {{"1051", "paid", true, 89.5, 89.5, 2, 3, "", "spring10"},
                 {"1052", "paid", true, 15, 15, 1, 1},
                 // "1× Scarf, red, wool" is one product whose name holds commas.
                 {"1053", "refunded", false, 0, 0, 1, 1},
                 {"1054", "voided", false, 40, 40, 1, 1},
                 {"1055", "pending", true, 21.75, 21.75, 1, 3, "", "spring10, vip5"}});
    // Valid net revenue: 89.5 + 15 + 21.75 = 126.25.
    QVERIFY(test::sameAmount(test::validNetRevenue(db), 126.25));

    const test::StoredOrder first = test::storedOrder(db, report.source, QStringLiteral("1051"));
    QCOMPARE(first.createdAt, QStringLiteral("2024-03-05T14:22:10"));
    QCOMPARE(first.orderDate, QStringLiteral("2024-03-05"));
    QCOMPARE(first.channel, QStringLiteral("Source: Google"));
    QCOMPARE(first.utmSource, QStringLiteral("Google"));
    QCOMPARE(test::storedOrder(db, report.source, QStringLiteral("1053")).referringSite,
             QStringLiteral("facebook.com"));
    QCOMPARE(test::storedOrder(db, report.source, QStringLiteral("1055")).referringSite,
             QStringLiteral("Google"));
    QCOMPARE(test::storedOrder(db, report.source, QStringLiteral("1052")).channel,
             QStringLiteral("Direct"));
}

void TestWooCommerceFixtures::advancedOrderExport() {
    test::TempDir dir;
    ImportReport report;
    const auto ws = importFresh(dir, "woocommerce/order_export.csv", report);
    QVERIFY(ws);
    Database& db = ws->db();
    QVERIFY2(report.ok, qPrintable(report.error + test::describeIssues(report)));
    QCOMPARE(report.source, QStringLiteral("woocommerce-order-export"));
    // 8 rows: 2001 has 2 products, 2002 one product and 2 coupons (2 rows), 2003 one row,
    // 2004 three products.
    QCOMPARE(report.rowsRead, 8);
    QCOMPARE(report.recordsAdded, 4);
    QCOMPARE(report.customersAdded, 3); // Ana.Lima@Example.com = ana.lima@example.com
    QCOMPARE(test::countIssues(report, ImportIssue::Severity::Warning), 0);

    // Stored subtotal = Order Subtotal Amount − Cart Discount Amount (WooCommerce's subtotal is
    // before discounts); net = that − Order Refund Amount, floored at 0.
    checkOrders(
        db, report.source,
        {// 95.00 − 9.50 = 85.50
         {"2001", "paid", true, 90.5, 85.5, 2, 3, "ana.lima@example.com", "spring10"},
         // 30.00 − 4.50 = 25.50; the second row holds only the coupon vip5
         {"2002", "paid", true, 25.5, 25.5, 1, 1, "ben@example.com", "welcome, vip5"},
         // refunded: not valid; 15.00 − 15.00 refund = 0
         {"2003", "refunded", false, 15, 0, 1, 1, "cara@example.com", "", 15},
         // 76.00 − 11.10 = 64.90, minus the 10.00 partial refund = 54.90
         {"2004", "paid", true, 69.9, 54.9, 3, 5, "ana.lima@example.com", "spring10, vip5", 10}});
    // Totals once per order: 90.5 + 25.5 + 15 + 69.9 = 200.9 (summing every row's repeated
    // Order Total Amount would give 2×90.5 + 2×25.5 + 15 + 3×69.9 = 456.7).
    Statement sum = db.prepare("SELECT sum(total) FROM orders");
    QVERIFY(sum.step());
    QVERIFY2(test::sameAmount(sum.columnDouble(0), 200.9),
             qPrintable(QString::number(sum.columnDouble(0))));
    // Valid net revenue: 85.5 + 25.5 + 54.9 = 165.9.
    QVERIFY(test::sameAmount(test::validNetRevenue(db), 165.9));
    QCOMPARE(test::storedOrder(db, report.source, QStringLiteral("2001")).createdAt,
             QStringLiteral("2024-03-05T14:22:00"));
}

void TestWooCommerceFixtures::webToffeeExport() {
    test::TempDir dir;
    ImportReport report;
    const auto ws = importFresh(dir, "woocommerce/webtoffee_orders.csv", report);
    QVERIFY(ws);
    Database& db = ws->db();
    QVERIFY2(report.ok, qPrintable(report.error + test::describeIssues(report)));
    QCOMPARE(report.source, QStringLiteral("webtoffee-orders"));
    QCOMPARE(report.rowsRead, 4);
    QCOMPARE(report.recordsAdded, 4);
    QCOMPARE(report.customersAdded, 3);
    QCOMPARE(test::countIssues(report, ImportIssue::Severity::Warning), 0);

    // Stored subtotal = order_subtotal − discount_total; refunds from refund_items amounts.
    checkOrders(db, report.source,
                {// 95.00 − 9.50 = 85.50
                 {"3101", "paid", true, 90.5, 85.5, 2, 3, "ana.lima@example.com", "spring10"},
                 // customer_email empty: billing_email joins the customer
                 {"3102", "paid", true, 30, 30, 1, 1, "ben@example.com"},
                 {"3103", "refunded", false, 15, 0, 1, 1, "cara@example.com", "", 15},
                 // 40.00 − 4.00 = 36.00, minus the 10.00 refund = 26.00
                 {"3105", "paid", true, 41, 26, 1, 1, "ana.lima@example.com", "vip5", 10}});
    // Valid net revenue: 85.5 + 30 + 26 = 141.5.
    QVERIFY(test::sameAmount(test::validNetRevenue(db), 141.5));

    const test::StoredOrder first = test::storedOrder(db, report.source, QStringLiteral("3101"));
    QCOMPARE(first.utmSource, QStringLiteral("google"));
    QCOMPARE(first.utmMedium, QStringLiteral("cpc"));
    QCOMPARE(first.utmCampaign, QStringLiteral("spring_sale"));
    QCOMPARE(first.landingSite,
             QStringLiteral("https://shop.example.com/landing/spring?utm_source=google"));
    QCOMPARE(first.referringSite, QStringLiteral("https://www.google.com/"));
    QCOMPARE(first.channel, QStringLiteral("utm"));
    QCOMPARE(first.currency, QStringLiteral("EUR"));
    QCOMPARE(test::storedOrder(db, report.source, QStringLiteral("3105")).utmCampaign,
             QStringLiteral("march_p"));
}

void TestWooCommerceFixtures::reimportChangesNothing() {
    test::TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    for (const char* file : {"woocommerce/analytics_orders.csv", "woocommerce/order_export.csv",
                             "woocommerce/webtoffee_orders.csv"}) {
        const QString path = test::importerFixture(QString::fromLatin1(file));
        const ImportReport first = importFile(*opened.workspace, path, test::pinnedImportOptions());
        QVERIFY2(first.ok, qPrintable(first.error));
        const ImportReport again = importFile(*opened.workspace, path, test::pinnedImportOptions());
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.recordsAdded, 0);
        QCOMPARE(again.recordsUpdated, 0);
        QCOMPARE(again.recordsUnchanged, first.recordsAdded);
    }
}

void TestWooCommerceFixtures::rejectsBadInput_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("messageParts");
    auto row = [](const char* name, const char* file, const char* code, int line, int column,
                  QStringList parts) {
        QTest::newRow(name) << QString::fromLatin1(file) << QString::fromLatin1(code) << line
                            << column << parts;
    };
    // Header only: nothing to import.
    row("analytics header only", "woo_analytics_header_only.csv", "no-rows", 0, 0, {});
    row("export header only", "woo_order_export_header_only.csv", "no-rows", 0, 0, {});
    row("webtoffee header only", "webtoffee_header_only.csv", "no-rows", 0, 0, {});
    // Truncated inside a quoted field ("Ben Ode" cut after "Ben" on line 3, field 4).
    row("analytics truncated", "woo_analytics_truncated.csv", "bad-csv", 3, 4, {});
    // Truncated inside "Scarf, red" (line 4, field 24).
    row("export truncated", "woo_order_export_truncated.csv", "bad-csv", 4, 24, {});
    // Truncated inside line_item_1 of line 3: the row stops at column 57, line_item_2 missing.
    row("webtoffee truncated", "webtoffee_truncated.csv", "short-row", 3, 58,
        {QStringLiteral("line_item_2")});
    // A required column missing: named in the message.
    row("analytics missing", "woo_analytics_missing_net_sales.csv", "missing-column", 1, 0,
        {QStringLiteral("Net sales"), QStringLiteral("WooCommerce Analytics")});
    row("export missing", "woo_order_export_missing_total.csv", "missing-column", 1, 0,
        {QStringLiteral("Order Total Amount")});
    row("webtoffee missing", "webtoffee_missing_order_date.csv", "missing-column", 1, 0,
        {QStringLiteral("order_date")});
    // An unreadable required value: line and column of the cell, the value in the issue.
    row("analytics bad value", "woo_analytics_bad_net_sales.csv", "bad-money", 4, 10,
        {QStringLiteral("n/a")});
    row("export bad value", "woo_order_export_bad_date.csv", "bad-timestamp", 7, 3,
        {QStringLiteral("2024-13-45 07:45")});
    row("webtoffee bad value", "webtoffee_bad_total.csv", "bad-money", 5, 14,
        {QStringLiteral("4l.00")});
}

void TestWooCommerceFixtures::rejectsBadInput() {
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QStringList, messageParts);
    test::TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    const QString path = test::importerFixture(QStringLiteral("bad_input/") + file);
    const ImportReport report = importFile(*opened.workspace, path, test::pinnedImportOptions());
    QVERIFY(!report.ok);
    bool found = false;
    QString issueText;
    for (const ImportIssue& issue : report.issues) {
        if (issue.code != code || issue.severity != ImportIssue::Severity::Error)
            continue;
        found = true;
        issueText = issue.message + u' ' + report.error;
        QCOMPARE(issue.file, path);
        if (line > 0)
            QCOMPARE(issue.line, line);
        if (column > 0)
            QCOMPARE(issue.column, column);
    }
    QVERIFY2(found, qPrintable(report.error + u'\n' + test::describeIssues(report)));
    for (const QString& part : messageParts)
        QVERIFY2(issueText.contains(part),
                 qPrintable(QStringLiteral("'%1' not in: %2").arg(part, issueText)));
    Database& db = opened.workspace->db();
    QCOMPARE(db.queryInt("SELECT count(*) FROM import_batches"), 0);
    QCOMPARE(db.queryInt("SELECT count(*) FROM orders"), 0);
    QCOMPARE(db.queryInt("SELECT count(*) FROM customers"), 0);
}

PVI_TEST_CLASS(TestWooCommerceFixtures)
#include "test_woocommerce_fixtures.moc"
