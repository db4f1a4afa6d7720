// The customer directory remembers a bounded number of customers and finds the others through
// the customers table: every order keeps its customer, a customer met again after it was
// forgotten is neither duplicated nor counted twice, and added/matched keep their meaning
// ("created by this import" / "existed before and met") under eviction.
#include "fixture_checks.h"
#include "importers/customer_directory.h"
#include "importers/import_runner.h"
#include "importers/recent_customers.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QFile>
#include <QHash>
#include <QTest>

using namespace pvi;

namespace {

std::unique_ptr<Workspace> freshDirectoryWorkspace(const QString& path) {
    auto opened = Workspace::open(path, Workspace::Mode::CreateOrOpen);
    if (!opened.workspace)
        qWarning("%s", qPrintable(opened.error));
    return std::move(opened.workspace);
}

std::int64_t insertTestBatch(Database& db) {
    db.prepare("INSERT INTO import_batches(file_name, file_path, sha256, source, imported_at) "
               "VALUES ('f.csv', '/f.csv', '', 'test', '2026-12-07T00:00:00Z')")
        .run();
    return db.lastInsertRowId();
}

QString customerEmail(int customer) {
    return QStringLiteral("customer%1@example.com").arg(customer);
}

/// A Shopify orders export (trimmed layout) of `orders` one-line orders; order i belongs to
/// customer i % customers, so a customer's next order comes after all the other customers'.
void writeOrders(const QString& path, int orders, int customers) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Name,Email,Financial Status,Created at,Total,Lineitem quantity\n");
    for (int i = 0; i < orders; ++i)
        file.write(QStringLiteral("#%1,%2,paid,2026-01-01 10:00:00 +0100,10.00,1\n")
                       .arg(i)
                       .arg(customerEmail(i % customers))
                       .toUtf8());
}

} // namespace

class TestCustomerDirectory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recentCustomersStayWithinCapacity();
    void evictedCustomersKeepTheirIdentity();
    void importBeyondTheDefaultCapacity();
};

void TestCustomerDirectory::recentCustomersStayWithinCapacity() {
    RecentCustomers recent(8);
    QCOMPARE(recent.capacity(), 8);
    for (int i = 1; i <= 100; ++i) {
        recent.remember(customerEmail(i), i);
        QVERIFY(recent.size() <= recent.capacity());
        // The one used at every step survives every eviction.
        QCOMPARE(recent.find(customerEmail(1)), 1);
    }
    QCOMPARE(recent.find(customerEmail(100)), 100);
    QCOMPARE(recent.find(customerEmail(2)), 0); // forgotten long ago
    QVERIFY(recent.size() <= recent.capacity());
}

void TestCustomerDirectory::evictedCustomersKeepTheirIdentity() {
    test::TempDir dir;
    auto ws = freshDirectoryWorkspace(dir.path(QStringLiteral("w.pvi")));
    QVERIFY(ws);
    Database& db = ws->db();

    // Ten customers from an earlier import.
    constexpr int kEarlier = 10;
    QHash<QString, std::int64_t> expected;
    {
        CustomerDirectory earlier(db, insertTestBatch(db));
        for (int c = 0; c < kEarlier; ++c)
            expected.insert(customerEmail(c), earlier.byEmail(customerEmail(c)));
        QCOMPARE(earlier.added(), kEarlier);
    }

    // This import meets them and 30 new ones, each several times, with a directory that
    // remembers only 4: most lookups go to the database.
    constexpr int kCustomers = 40;
    constexpr qsizetype kCapacity = 4;
    CustomerDirectory directory(db, insertTestBatch(db), kCapacity);
    for (int round = 0; round < 5; ++round) {
        for (int step = 0; step < kCustomers; ++step) {
            const QString email = customerEmail((step * 7 + round) % kCustomers);
            const std::int64_t id = directory.byEmail(email);
            QVERIFY(id > 0);
            if (round == 0 && !expected.contains(email))
                expected.insert(email, id);
            QCOMPARE(id, expected.value(email));
            QVERIFY(directory.remembered() <= kCapacity);
            // An order's next row: found without a lookup, and the same customer.
            QCOMPARE(directory.byEmail(email), id);
        }
    }
    QCOMPARE(db.queryInt("SELECT count(*) FROM customers"), kCustomers);
    QCOMPARE(db.queryInt("SELECT count(DISTINCT email) FROM customers"), kCustomers);
    QCOMPARE(directory.added(), kCustomers - kEarlier);
    QCOMPARE(directory.matched(), kEarlier);

    // A customers export (by email or external id) counts the same way under eviction.
    CustomerDirectory customers(db, insertTestBatch(db), kCapacity);
    for (int round = 0; round < 3; ++round) {
        for (int c = 0; c < kCustomers; ++c)
            QCOMPARE(customers.resolve(customerEmail(c), QStringLiteral("ext-%1").arg(c)),
                     expected.value(customerEmail(c)));
        const std::int64_t onlyExternal =
            customers.resolve(QString(), QStringLiteral("only-external"));
        QCOMPARE(onlyExternal,
                 db.queryInt("SELECT id FROM customers WHERE external_id = 'only-external'"));
    }
    QCOMPARE(customers.added(), 1);
    QCOMPARE(customers.matched(), kCustomers);
    QCOMPARE(db.queryInt("SELECT count(*) FROM customers WHERE external_id IS NOT NULL"),
             kCustomers + 1);
}

void TestCustomerDirectory::importBeyondTheDefaultCapacity() {
    test::TempDir dir;
    auto ws = freshDirectoryWorkspace(dir.path(QStringLiteral("w.pvi")));
    QVERIFY(ws);
    // More customers than are remembered; the first 2,000 come back after all the others, when
    // they are forgotten.
    constexpr int kCustomers = int(CustomerDirectory::kRecentCustomers) + 1000;
    constexpr int kOrders = kCustomers + 2000;
    const QString file = dir.path(QStringLiteral("orders_export.csv"));
    writeOrders(file, kOrders, kCustomers);

    const ImportReport first = importFile(*ws, file, test::pinnedImportOptions());
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.recordsAdded, kOrders);
    QCOMPARE(first.customersAdded, kCustomers);
    QCOMPARE(first.customersMatched, 0);
    Database& db = ws->db();
    QCOMPARE(db.queryInt("SELECT count(*) FROM customers"), kCustomers);
    // Each order is on the customer its e-mail names.
    QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM orders o JOIN customers c ON "
                                        "c.id = o.customer_id WHERE c.email = 'customer' || "
                                        "(CAST(substr(o.name, 2) AS INTEGER) % %1) || "
                                        "'@example.com'")
                             .arg(kCustomers)
                             .toStdString()),
             kOrders);

    const ImportReport again = importFile(*ws, file, test::pinnedImportOptions());
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.recordsUnchanged, kOrders);
    QCOMPARE(again.customersAdded, 0);
    QCOMPARE(again.customersMatched, kCustomers);
    QCOMPARE(db.queryInt("SELECT count(*) FROM customers"), kCustomers);
}

PVI_TEST_CLASS(TestCustomerDirectory)
#include "test_customer_directory.moc"
