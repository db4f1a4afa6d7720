// The workspace file: creation, pragmas, migrations, refusal of files it must not touch.
#include "store/migrations.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QFile>
#include <QTest>

#include <sqlite3.h>

using pvi::Workspace;

class TestWorkspace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsAFreshWorkspaceAtTheLatestSchema();
    void appliesTheConnectionPragmas();
    void upgradesAnOlderWorkspaceStepByStep();
    void refusesAWorkspaceFromANewerVersionAndLeavesItUntouched();
    void refusesAForeignSqliteFile();
    void refusesAFileThatIsNotSqlite();
    void refusesAMissingFileWhenAskedToOpenExisting();
    void storesSettings();
};

namespace {
std::int64_t pragmaInt(Workspace& ws, const char* pragma) {
    return ws.db().queryInt(std::string("PRAGMA ") + pragma, -1);
}
QString pragmaText(Workspace& ws, const char* pragma) {
    auto stmt = ws.db().prepare(std::string("PRAGMA ") + pragma);
    return stmt.step() ? stmt.columnText(0) : QString();
}
} // namespace

void TestWorkspace::createsAFreshWorkspaceAtTheLatestSchema() {
    pvi::test::TempDir dir;
    auto result =
        Workspace::open(dir.path(QStringLiteral("shop.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY2(result.workspace, qPrintable(result.error));
    QCOMPARE(result.workspace->schemaVersion(), pvi::latestSchemaVersion());
    for (const char* table : {"customers", "orders", "order_lines", "import_batches",
                              "import_issues", "personalization_rules", "settings"}) {
        auto stmt = result.workspace->db().prepare(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1");
        stmt.bind(1, QString::fromLatin1(table));
        QVERIFY(stmt.step());
        QVERIFY2(stmt.columnInt(0) == 1, table);
    }
}

void TestWorkspace::appliesTheConnectionPragmas() {
    pvi::test::TempDir dir;
    auto result =
        Workspace::open(dir.path(QStringLiteral("shop.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY(result.workspace);
    Workspace& ws = *result.workspace;
    QCOMPARE(pragmaText(ws, "journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragmaInt(ws, "foreign_keys"), 1);
    QCOMPARE(pragmaInt(ws, "trusted_schema"), 0);
    int defensive = -1;
    sqlite3_db_config(ws.db().handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
    QCOMPARE(defensive, 1);
    // Foreign keys are enforced: an order line needs its order.
    QVERIFY_THROWS_EXCEPTION(std::exception,
                             ws.db().exec("INSERT INTO order_lines(order_id, line_no, quantity) "
                                          "VALUES (999, 1, 1)"));
}

void TestWorkspace::upgradesAnOlderWorkspaceStepByStep() {
    // Build a version-1 workspace by hand: meta + the first migration only, as an old build wrote.
    pvi::test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old.pvi"));
    {
        pvi::Database db(path, pvi::Database::OpenMode::ReadWriteCreate);
        db.exec("PRAGMA application_id = 1347832147"); // 0x50564953, "PVIS"
        db.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;"
                "INSERT INTO meta VALUES ('schema_version', '1');");
        db.exec(pvi::migrations()[0].sql);
        db.exec("INSERT INTO settings VALUES ('currency', 'CAD')");
    }
    auto result = Workspace::open(path, Workspace::Mode::OpenExisting);
    QVERIFY2(result.workspace, qPrintable(result.error));
    QCOMPARE(result.workspace->schemaVersion(), pvi::latestSchemaVersion());
    QCOMPARE(result.workspace->setting(QStringLiteral("currency")), QStringLiteral("CAD"));
    QCOMPARE(result.workspace->db().queryInt(
                 "SELECT count(*) FROM sqlite_schema WHERE name = 'experiments'"),
             1);
}

void TestWorkspace::refusesAWorkspaceFromANewerVersionAndLeavesItUntouched() {
    pvi::test::TempDir dir;
    const QString path = dir.path(QStringLiteral("future.pvi"));
    {
        auto result = Workspace::open(path, Workspace::Mode::CreateOrOpen);
        QVERIFY(result.workspace);
        result.workspace->db().exec("UPDATE meta SET value = '999' WHERE key = 'schema_version'");
        result.workspace->db().exec("PRAGMA journal_mode = DELETE");
    }
    const QByteArray before = pvi::test::readAll(path);
    auto result = Workspace::open(path, Workspace::Mode::OpenExisting);
    QVERIFY(!result.workspace);
    QVERIFY2(result.error.contains(QStringLiteral("newer PVI Studio")), qPrintable(result.error));
    QVERIFY(result.error.contains(QStringLiteral("999")));
    QCOMPARE(pvi::test::readAll(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestWorkspace::refusesAForeignSqliteFile() {
    pvi::test::TempDir dir;
    const QString path = dir.path(QStringLiteral("other.db"));
    {
        pvi::Database db(path, pvi::Database::OpenMode::ReadWriteCreate);
        db.exec("CREATE TABLE notes (body TEXT)");
    }
    const QByteArray before = pvi::test::readAll(path);
    auto result = Workspace::open(path, Workspace::Mode::OpenExisting);
    QVERIFY(!result.workspace);
    QVERIFY2(result.error.contains(QStringLiteral("not a PVI Studio workspace")),
             qPrintable(result.error));
    QCOMPARE(pvi::test::readAll(path), before);
}

void TestWorkspace::refusesAFileThatIsNotSqlite() {
    pvi::test::TempDir dir;
    const QString path = dir.path(QStringLiteral("orders.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Name,Email,Financial Status\n#1001,a@example.com,paid\n");
    file.close();
    auto result = Workspace::open(path, Workspace::Mode::OpenExisting);
    QVERIFY(!result.workspace);
    QVERIFY2(result.error.contains(QStringLiteral("not a database")), qPrintable(result.error));
    QCOMPARE(pvi::test::readAll(path),
             QByteArray("Name,Email,Financial Status\n#1001,a@example.com,paid\n"));
}

void TestWorkspace::refusesAMissingFileWhenAskedToOpenExisting() {
    pvi::test::TempDir dir;
    auto result =
        Workspace::open(dir.path(QStringLiteral("nope.pvi")), Workspace::Mode::OpenExisting);
    QVERIFY(!result.workspace);
    QVERIFY(result.error.contains(QStringLiteral("no such workspace")));
    QVERIFY(!QFile::exists(dir.path(QStringLiteral("nope.pvi"))));
}

void TestWorkspace::storesSettings() {
    pvi::test::TempDir dir;
    const QString path = dir.path(QStringLiteral("s.pvi"));
    {
        auto result = Workspace::open(path, Workspace::Mode::CreateOrOpen);
        QVERIFY(result.workspace);
        QCOMPARE(result.workspace->setting(QStringLiteral("gross_margin"), QStringLiteral("0.5")),
                 QStringLiteral("0.5"));
        result.workspace->setSetting(QStringLiteral("gross_margin"), QStringLiteral("0.62"));
        result.workspace->setSetting(QStringLiteral("gross_margin"), QStringLiteral("0.6"));
    }
    auto result = Workspace::open(path, Workspace::Mode::OpenExisting);
    QVERIFY(result.workspace);
    QCOMPARE(result.workspace->setting(QStringLiteral("gross_margin")), QStringLiteral("0.6"));
}

PVI_TEST_CLASS(TestWorkspace)
#include "test_workspace.moc"
