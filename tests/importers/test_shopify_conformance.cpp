// Imports the bundled demo shop (TestDemoShopReference) or the real exports of the shared datasets
// (TestShopifyConformance) and compares the workspace with figures computed independently by
// tests/reference/importers/shopify_reference.py (pandas), stored in shopify_reference.json.
#include "fixture_checks.h"
#include "importers/import_runner.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QTest>

#include <cmath>

using namespace pvi;

namespace {

constexpr double kSumTolerance = 1e-6; // sums of 2-decimal amounts, summed in a different order

QJsonObject reference() {
    return test::readJsonObject(
        QStringLiteral(PVI_REFERENCE_DIR "/importers/shopify_reference.json"));
}

void compareSum(double actual, double expected, const char* what) {
    QVERIFY2(std::fabs(actual - expected) <= kSumTolerance,
             qPrintable(QStringLiteral("%1: %2, expected %3")
                            .arg(QLatin1String(what))
                            .arg(actual, 0, 'f', 6)
                            .arg(expected, 0, 'f', 6)));
}

/// Imports the row's orders export and compares the workspace with the row's reference figures.
void checkOrders() {
    QFETCH(QString, path);
    QFETCH(QJsonObject, expected);
    QVERIFY(!expected.isEmpty());
    test::TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY(opened.workspace);
    Workspace& ws = *opened.workspace;
    const ImportReport report = importFile(ws, path);
    QVERIFY2(report.ok, qPrintable(test::describeIssues(report)));
    QCOMPARE(test::countIssues(report, ImportIssue::Severity::Error), 0);
    QCOMPARE(report.rowsRead, expected[u"rows"].toInteger());
    QCOMPARE(report.recordsAdded, expected[u"orders"].toInteger());
    QCOMPARE(report.customersAdded, expected[u"customers"].toInteger());

    Database& db = ws.db();
    QCOMPARE(db.queryInt("SELECT count(*) FROM orders"), expected[u"orders"].toInteger());
    QCOMPARE(db.queryInt("SELECT count(*) FROM order_lines"), expected[u"rows"].toInteger());
    QCOMPARE(db.queryInt("SELECT total(quantity) FROM order_lines"),
             expected[u"line_quantity"].toInteger());
    QCOMPARE(db.queryInt("SELECT count(*) FROM orders WHERE is_valid = 1"),
             expected[u"valid_orders"].toInteger());
    QCOMPARE(db.queryInt("SELECT count(*) FROM orders WHERE customer_id IS NULL"),
             expected[u"orders_without_email"].toInteger());
    QCOMPARE(db.queryInt("SELECT count(*) FROM orders WHERE discount_code LIKE 'FORYOU%'"),
             expected[u"discount_code_prefix_FORYOU"].toInteger());
    QCOMPARE(db.queryInt("SELECT count(*) FROM orders WHERE tags LIKE '%personalized%'"),
             expected[u"tagged_personalized"].toInteger());
    Statement sums = db.prepare("SELECT total(net_revenue), total(CASE WHEN is_valid = 1 THEN "
                                "net_revenue END) FROM orders");
    QVERIFY(sums.step());
    compareSum(sums.columnDouble(0), expected[u"net_revenue_all"].toDouble(), "net revenue");
    compareSum(sums.columnDouble(1), expected[u"valid_net_revenue"].toDouble(),
               "net revenue of valid orders");
}

} // namespace

class TestDemoShopReference : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void orders_data();
    void orders() { checkOrders(); }
};

void TestDemoShopReference::orders_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("expected");
    const QJsonObject ref = reference();
    QVERIFY2(!ref.isEmpty(), "shopify_reference.json missing");
    QTest::newRow("demo shop") << QStringLiteral(PVI_RESOURCES_DIR "/demo/orders_export.csv")
                               << ref[u"demo"][u"orders"].toObject();
}

class TestShopifyConformance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void orders_data();
    void orders() { checkOrders(); }
    void customers();
};

void TestShopifyConformance::orders_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("expected");
    const QJsonObject ref = reference();
    QVERIFY2(!ref.isEmpty(), "shopify_reference.json missing");
    for (const char* name : {"shopify_orders_export.csv", "shopify_orders_export_2025.csv"})
        QTest::newRow(name) << QStringLiteral(PVI_SHARED_DATASETS_DIR "/exports/") +
                                   QLatin1String(name)
                            << ref[u"shared"][QLatin1String(name)].toObject();
}

void TestShopifyConformance::customers() {
    const QJsonObject expected = reference()[u"shared"][u"shopify_customers_export.csv"].toObject();
    QVERIFY(!expected.isEmpty());
    test::TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY(opened.workspace);
    Workspace& ws = *opened.workspace;
    const ImportReport report = importFile(
        ws, QStringLiteral(PVI_SHARED_DATASETS_DIR "/exports/shopify_customers_export.csv"));
    QVERIFY2(report.ok, qPrintable(test::describeIssues(report)));
    QCOMPARE(report.source, QStringLiteral("shopify-customers"));
    QCOMPARE(report.rowsRead, expected[u"rows"].toInteger());
    QCOMPARE(report.recordsAdded, expected[u"records"].toInteger());
    Database& db = ws.db();
    QCOMPARE(db.queryInt("SELECT count(*) FROM customer_records"),
             expected[u"records"].toInteger());
    QCOMPARE(db.queryInt("SELECT count(*) FROM customers WHERE email IS NOT NULL"),
             expected[u"customers_with_email"].toInteger());
    QCOMPARE(db.queryInt("SELECT count(*) FROM customer_records WHERE accepts_marketing = 1"),
             expected[u"accepts_marketing"].toInteger());
    Statement spent = db.prepare("SELECT total(total_spent) FROM customer_records");
    QVERIFY(spent.step());
    compareSum(spent.columnDouble(0), expected[u"total_spent"].toDouble(), "total spent");
}

PVI_TEST_CLASS(TestDemoShopReference)
PVI_TEST_CLASS(TestShopifyConformance)
#include "test_shopify_conformance.moc"
