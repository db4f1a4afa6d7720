// The transaction guard: nothing is kept unless committed.
#include "store/db_error.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

using pvi::Workspace;

class TestTransaction : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rollsBackWhenNotCommitted();
    void rollsBackWhenAnExceptionLeavesTheScope();
    void keepsWhatWasCommitted();
    void bindsValuesNeverSplicesThem();
};

namespace {
std::unique_ptr<Workspace> openTransactionWorkspace(pvi::test::TempDir& dir) {
    auto result = Workspace::open(dir.path(QStringLiteral("t.pvi")), Workspace::Mode::CreateOrOpen);
    return std::move(result.workspace);
}
void insertSetting(Workspace& ws, const QString& key) {
    ws.db().prepare("INSERT INTO settings(key, value) VALUES (?1, 'x')").bind(1, key).run();
}
} // namespace

void TestTransaction::rollsBackWhenNotCommitted() {
    pvi::test::TempDir dir;
    auto ws = openTransactionWorkspace(dir);
    QVERIFY(ws);
    {
        pvi::Transaction tx(ws->db());
        insertSetting(*ws, QStringLiteral("a"));
        QVERIFY(ws->db().inTransaction());
    }
    QVERIFY(!ws->db().inTransaction());
    QCOMPARE(ws->db().queryInt("SELECT count(*) FROM settings"), 0);
}

void TestTransaction::rollsBackWhenAnExceptionLeavesTheScope() {
    pvi::test::TempDir dir;
    auto ws = openTransactionWorkspace(dir);
    QVERIFY(ws);
    try {
        pvi::Transaction tx(ws->db());
        insertSetting(*ws, QStringLiteral("a"));
        insertSetting(*ws, QStringLiteral("a")); // primary key violation
        tx.commit();
        QFAIL("the duplicate key should have thrown");
    } catch (const pvi::DbError& e) {
        QVERIFY(e.message().contains(QStringLiteral("UNIQUE")));
    }
    QCOMPARE(ws->db().queryInt("SELECT count(*) FROM settings"), 0);
}

void TestTransaction::keepsWhatWasCommitted() {
    pvi::test::TempDir dir;
    auto ws = openTransactionWorkspace(dir);
    QVERIFY(ws);
    {
        pvi::Transaction tx(ws->db());
        insertSetting(*ws, QStringLiteral("a"));
        insertSetting(*ws, QStringLiteral("b"));
        tx.commit();
    }
    QCOMPARE(ws->db().queryInt("SELECT count(*) FROM settings"), 2);
}

void TestTransaction::bindsValuesNeverSplicesThem() {
    pvi::test::TempDir dir;
    auto ws = openTransactionWorkspace(dir);
    QVERIFY(ws);
    const QString hostile = QStringLiteral("x'); DROP TABLE orders; --");
    insertSetting(*ws, hostile);
    QCOMPARE(ws->setting(hostile, QStringLiteral("missing")), QStringLiteral("x"));
    QCOMPARE(ws->db().queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'orders'"), 1);
}

PVI_TEST_CLASS(TestTransaction)
#include "test_transaction.moc"
