// Every folder tests/fixtures/shopify/<case>/ with input.csv and expected.json is one case: the
// file is imported into a fresh workspace and the stored orders or customers are compared with
// the expectations, which were computed by hand (each expected.json says how).
#include "fixture_checks.h"
#include "importers/import_runner.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace pvi;

namespace {

constexpr double kMoneyTolerance = 1e-9; // amounts are parsed from 2-decimal text

QString nullableText(const QJsonValue& value) {
    return value.isNull() ? QString() : value.toString();
}

} // namespace

class TestShopifyFixtures : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importsFixture_data();
    void importsFixture();
};

void TestShopifyFixtures::importsFixture_data() {
    QTest::addColumn<QString>("folder");
    const QDir root(QStringLiteral(PVI_FIXTURES_DIR "/shopify"));
    int cases = 0;
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!QFile::exists(root.filePath(name + QStringLiteral("/expected.json"))))
            continue;
        QTest::newRow(qPrintable(name)) << root.filePath(name);
        ++cases;
    }
    QVERIFY2(cases >= 6, "expected at least six Shopify fixture cases");
}

void TestShopifyFixtures::importsFixture() {
    QFETCH(QString, folder);
    const QJsonObject expected = test::readJsonObject(folder + QStringLiteral("/expected.json"));
    QVERIFY2(!expected.isEmpty(), qPrintable(folder + QStringLiteral("/expected.json unreadable")));

    test::TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    Workspace& ws = *opened.workspace;

    ImportOptions options;
    options.importedAt = test::pinnedImportTime();
    const ImportReport report = importFile(ws, folder + QStringLiteral("/input.csv"), options);
    QVERIFY2(report.ok, qPrintable(test::describeIssues(report)));
    QCOMPARE(report.source, expected[u"source"].toString());

    const QJsonObject counts = expected[u"counts"].toObject();
    QCOMPARE(report.rowsRead, counts[u"rows_read"].toInteger());
    QCOMPARE(report.recordsAdded, counts[u"records_added"].toInteger());
    QCOMPARE(report.recordsUpdated, 0);
    QCOMPARE(report.customersAdded, counts[u"customers_added"].toInteger());
    QCOMPARE(test::countIssues(report, ImportIssue::Severity::Warning),
             counts[u"warnings"].toInt());
    QCOMPARE(test::countIssues(report, ImportIssue::Severity::Error), counts[u"errors"].toInt());

    Database& db = ws.db();
    const QJsonArray orders = expected[u"orders"].toArray();
    if (!orders.isEmpty())
        QCOMPARE(db.queryInt("SELECT count(*) FROM orders"), orders.size());
    for (const QJsonValue& value : orders) {
        const QJsonObject o = value.toObject();
        const QString key = o[u"key"].toString();
        Statement stmt = db.prepare(
            "SELECT o.name, o.order_date, o.created_at, o.financial_status, o.is_valid, "
            "o.net_revenue, c.email, (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id) "
            "FROM orders o LEFT JOIN customers c ON c.id = o.customer_id "
            "WHERE o.source = 'shopify-orders' AND o.order_key = ?1");
        stmt.bind(1, key);
        QVERIFY2(stmt.step(), qPrintable(QStringLiteral("order %1 not stored").arg(key)));
        QCOMPARE(stmt.columnText(0), o[u"name"].toString());
        QCOMPARE(stmt.columnText(1), o[u"date"].toString());
        QCOMPARE(stmt.columnText(2), o[u"created_at"].toString());
        QCOMPARE(stmt.columnText(3), o[u"status"].toString());
        QCOMPARE(stmt.columnInt(4) != 0, o[u"valid"].toBool());
        const double net = stmt.columnDouble(5);
        QVERIFY2(std::fabs(net - o[u"net_revenue"].toDouble()) <= kMoneyTolerance,
                 qPrintable(QStringLiteral("order %1: net revenue %2, expected %3")
                                .arg(key)
                                .arg(net, 0, 'f', 6)
                                .arg(o[u"net_revenue"].toDouble(), 0, 'f', 6)));
        QCOMPARE(stmt.columnText(6), nullableText(o[u"email"]));
        QCOMPARE(stmt.columnInt(7), o[u"lines"].toInt());
    }
    if (expected.contains(u"valid_net_revenue_sum")) {
        Statement sum = db.prepare("SELECT total(net_revenue) FROM orders WHERE is_valid = 1");
        QVERIFY(sum.step());
        const double actual = sum.columnDouble(0);
        const double wanted = expected[u"valid_net_revenue_sum"].toDouble();
        QVERIFY2(std::fabs(actual - wanted) <= 1e-6,
                 qPrintable(QStringLiteral("sum %1, expected %2").arg(actual).arg(wanted)));
    }

    const QJsonArray customers = expected[u"customers"].toArray();
    if (!customers.isEmpty())
        QCOMPARE(db.queryInt("SELECT count(*) FROM customer_records"), customers.size());
    for (const QJsonValue& value : customers) {
        const QJsonObject c = value.toObject();
        const QString email = nullableText(c[u"email"]);
        const QString externalId = nullableText(c[u"external_id"]);
        Statement stmt = db.prepare(
            "SELECT c.email, c.external_id, r.accepts_marketing, r.total_spent, r.total_orders, "
            "r.tags FROM customers c JOIN customer_records r ON r.customer_id = c.id "
            "WHERE c.email = ?1 OR (?1 IS NULL AND c.external_id = ?2)");
        stmt.bind(1, email).bind(2, externalId);
        QVERIFY2(stmt.step(),
                 qPrintable(QStringLiteral("customer %1/%2 not stored").arg(email, externalId)));
        QCOMPARE(stmt.columnText(0), email);
        QCOMPARE(stmt.columnText(1), externalId);
        QCOMPARE(stmt.columnInt(2) != 0, c[u"accepts_marketing"].toBool());
        QVERIFY(std::fabs(stmt.columnDouble(3) - c[u"total_spent"].toDouble()) <= kMoneyTolerance);
        QCOMPARE(stmt.columnInt(4), c[u"total_orders"].toInt());
        QCOMPARE(stmt.columnText(5), nullableText(c[u"tags"]));
    }
}

PVI_TEST_CLASS(TestShopifyFixtures)
#include "test_shopify_fixtures.moc"
