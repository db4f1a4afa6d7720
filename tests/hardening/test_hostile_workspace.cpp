// Workspaces altered by another program: what SQLite's advice for files from untrusted sources
// asks (docs/reliability.md). Each hostile file is either refused with a message naming what
// was added, and left byte for byte as it was, or opened without its SQL running.
#include "pvi/engine/workspace_currency.h"
#include "pvi/engine/workspace_settings.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "store/workspace_salvage.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <sqlite3.h>

using pvi::Workspace;

class TestHostileWorkspace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void refusesAnAlteredSchema_data();
    void refusesAnAlteredSchema();
    void opensEveryPastVersionItCreated();
    void salvageCopiesTheDataAndLeavesTheSqlBehind();
    void connectionsRunNoTriggerAndNoView();
    void connectionsAreHardened();
    void aHugeCurrencySettingIsIgnoredQuickly();
    void invalidSettingsFallBackToTheirDefaults();
};

namespace {

/// One packed delivery (store/email_delivery_runs.h), in hex: recipient 7, no customer, first and
/// last name 1, first and last day 2460000, opened.
constexpr const char* kPackedRecord = "0700000000000000"
                                      "0000000000000000"
                                      "0100000000000000"
                                      "0100000000000000"
                                      "6089250000000000"
                                      "6089250000000000"
                                      "01";

/// Runs SQL on the file through a plain SQLite connection, as another program would (no
/// defensive mode, triggers on).
void alter(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QByteArray message = error ? QByteArray(error) : QByteArray();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, message.constData());
}

/// A fresh workspace at the latest schema, in rollback-journal mode so the file alone holds it.
QString makeWorkspace(const pvi::test::TempDir& dir, const QString& name) {
    const QString path = dir.path(name);
    auto created = Workspace::open(path, Workspace::Mode::CreateOrOpen);
    if (!created.workspace)
        return {};
    created.workspace->db().exec("PRAGMA journal_mode = DELETE");
    return path;
}

} // namespace

void TestHostileWorkspace::refusesAnAlteredSchema_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("named"); // what the message must name

    QTest::newRow("trigger emptying order lines")
        << "CREATE TRIGGER wipe AFTER INSERT ON orders BEGIN DELETE FROM order_lines; END;"
        << "trigger 'wipe' on table 'orders'";
    QTest::newRow("trigger logging imports")
        << "CREATE TABLE spy(at TEXT); CREATE TRIGGER watch AFTER INSERT ON import_batches "
           "BEGIN INSERT INTO spy VALUES (new.file_path); END;"
        << "trigger 'watch' on table 'import_batches'";
    QTest::newRow("view") << "CREATE VIEW totals AS SELECT sum(total) FROM orders;"
                          << "view 'totals'";
    QTest::newRow("index on an expression") << "CREATE INDEX by_email ON customers(lower(email));"
                                            << "index 'by_email' on table 'customers'";
    QTest::newRow("virtual table") << "CREATE VIRTUAL TABLE notes USING fts5(body);"
                                   << "virtual table 'notes'";
    QTest::newRow("table") << "CREATE TABLE extra(x);"
                           << "table 'extra'";
    QTest::newRow("changed table")
        << "DROP TABLE targets; CREATE TABLE targets(pvi_id TEXT PRIMARY KEY, target REAL "
           "NOT NULL, alert_low REAL, alert_high REAL, note TEXT DEFAULT (random())) STRICT;"
        << "table 'targets' that differs";
    QTest::newRow("missing index") << "DROP INDEX orders_date;"
                                   << "no index 'orders_date' on table 'orders'";
}

void TestHostileWorkspace::refusesAnAlteredSchema() {
    QFETCH(QString, sql);
    QFETCH(QString, named);
    pvi::test::TempDir dir;
    const QString path = makeWorkspace(dir, QStringLiteral("shop.pvi"));
    QVERIFY(!path.isEmpty());
    alter(path, sql.toUtf8().constData());
    const QByteArray before = pvi::test::readAll(path);

    auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
    QVERIFY(!opened.workspace);
    QVERIFY2(opened.error.contains(named), qPrintable(opened.error));
    QVERIFY2(opened.error.contains(QStringLiteral("altered by another program")),
             qPrintable(opened.error));
    QCOMPARE(pvi::test::readAll(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
}

void TestHostileWorkspace::salvageCopiesTheDataAndLeavesTheSqlBehind() {
    // A workspace with data, then altered: a trigger that would empty the customers on any
    // insert, a view and a table of its own. The salvage copies the app's tables and columns
    // only, through a connection that runs no trigger or view; the clean workspace holds the
    // data and none of the file's SQL, and the file is left byte for byte as it was.
    pvi::test::TempDir dir;
    const QString path = makeWorkspace(dir, QStringLiteral("altered.pvi"));
    QVERIFY(!path.isEmpty());
    const std::string data =
        std::string("INSERT INTO import_batches (id, file_name, file_path, sha256, source, "
                    "imported_at) VALUES (1, 'o.csv', '/o.csv', 'x', 'shopify-orders', "
                    "'2026-01-01');"
                    "INSERT INTO customers (id, email) VALUES (1, 'a@example.com'), "
                    "(2, 'b@example.com');"
                    "INSERT INTO settings (key, value) VALUES ('currency', 'EUR');"
                    "INSERT INTO email_delivery_runs VALUES (2460000, 1, 7, 1, x'") +
        kPackedRecord + "');";
    alter(path, data.c_str());
    alter(path, "CREATE TRIGGER wipe AFTER INSERT ON customers BEGIN DELETE FROM customers; "
                "END; CREATE VIEW everyone AS SELECT * FROM customers; CREATE TABLE spy(x);");
    const QByteArray before = pvi::test::readAll(path);
    QVERIFY(!Workspace::open(path, Workspace::Mode::OpenExisting).workspace);

    const QString clean = dir.path(QStringLiteral("clean.pvi"));
    const pvi::SalvageResult result = pvi::salvageWorkspace(path, clean);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(pvi::test::readAll(path), before);
    QVERIFY2(result.leftBehind.contains(QStringLiteral("trigger 'wipe'")) &&
                 result.leftBehind.contains(QStringLiteral("view 'everyone'")) &&
                 result.leftBehind.contains(QStringLiteral("table 'spy'")),
             qPrintable(result.leftBehind.join(u", ")));
    auto opened = Workspace::open(clean, Workspace::Mode::OpenExisting);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    pvi::Database& db = opened.workspace->db();
    QCOMPARE(db.queryInt("SELECT count(*) FROM customers"), 2);
    QCOMPARE(db.queryInt("SELECT count(*) FROM import_batches"), 1);
    QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type IN ('trigger', 'view') "
                         "OR name = 'spy'"),
             0);
    pvi::Statement currency = db.prepare("SELECT value FROM settings WHERE key = 'currency'");
    QVERIFY(currency.step());
    QCOMPARE(currency.columnText(0), QStringLiteral("EUR"));
    // The packed delivery runs are blobs: copied byte for byte.
    pvi::Statement packed = db.prepare("SELECT hex(packed) FROM email_delivery_runs");
    QVERIFY(packed.step());
    QCOMPARE(packed.columnText(0), QString::fromLatin1(kPackedRecord));

    // A target that exists is refused; nothing is written.
    const pvi::SalvageResult again = pvi::salvageWorkspace(path, clean);
    QVERIFY(!again.ok);
    QVERIFY2(again.error.contains(QStringLiteral("exists already")), qPrintable(again.error));
}

void TestHostileWorkspace::opensEveryPastVersionItCreated() {
    // A workspace written by each past version (meta plus the migrations up to it, as that
    // version's build wrote it) is recognised and upgraded, not taken for an altered file.
    for (const pvi::Migration& step : pvi::migrations()) {
        pvi::test::TempDir dir;
        const QString path = dir.path(QStringLiteral("v%1.pvi").arg(step.version));
        {
            pvi::Database db(path, pvi::Database::OpenMode::ReadWriteCreate);
            db.exec("PRAGMA application_id = 1347832147"); // 0x50564953, "PVIS"
            db.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;");
            db.exec("INSERT INTO meta VALUES ('schema_version', '" + std::to_string(step.version) +
                    "')");
            for (const pvi::Migration& earlier : pvi::migrations()) {
                if (earlier.version <= step.version)
                    db.exec(earlier.sql);
            }
        }
        auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
        QVERIFY2(opened.workspace, qPrintable(opened.error));
        QCOMPARE(opened.workspace->schemaVersion(), pvi::latestSchemaVersion());
    }
}

void TestHostileWorkspace::connectionsRunNoTriggerAndNoView() {
    // Even a connection to a file nobody checked runs none of the file's SQL.
    pvi::test::TempDir dir;
    const QString path = dir.path(QStringLiteral("plain.db"));
    alter(path, "CREATE TABLE t(x); CREATE TABLE log(x); "
                "CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO log VALUES (1); END; "
                "CREATE VIEW v AS SELECT count(*) FROM t;");
    pvi::Database db(path, pvi::Database::OpenMode::ReadWrite);
    db.exec("INSERT INTO t VALUES (1)");
    QCOMPARE(db.queryInt("SELECT count(*) FROM t"), 1);
    QCOMPARE(db.queryInt("SELECT count(*) FROM log"), 0);
    QVERIFY_THROWS_EXCEPTION(std::exception, db.queryInt("SELECT * FROM v"));
    // Foreign-key actions are not triggers: ON DELETE CASCADE still works.
    db.exec("PRAGMA foreign_keys = ON; CREATE TABLE p(id INTEGER PRIMARY KEY); "
            "CREATE TABLE c(id INTEGER PRIMARY KEY, p INTEGER REFERENCES p(id) ON DELETE "
            "CASCADE); INSERT INTO p VALUES (1); INSERT INTO c VALUES (1, 1); DELETE FROM p;");
    QCOMPARE(db.queryInt("SELECT count(*) FROM c"), 0);
}

void TestHostileWorkspace::connectionsAreHardened() {
    pvi::test::TempDir dir;
    auto opened =
        Workspace::open(dir.path(QStringLiteral("shop.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY(opened.workspace);
    pvi::Database& db = opened.workspace->db();
    sqlite3* handle = db.handle();
    const auto config = [handle](int option) {
        int value = -1;
        sqlite3_db_config(handle, option, -1, &value);
        return value;
    };
    QCOMPARE(config(SQLITE_DBCONFIG_DEFENSIVE), 1);
    QCOMPARE(config(SQLITE_DBCONFIG_TRUSTED_SCHEMA), 0);
    QCOMPARE(config(SQLITE_DBCONFIG_ENABLE_TRIGGER), 0);
    QCOMPARE(config(SQLITE_DBCONFIG_ENABLE_VIEW), 0);
    QCOMPARE(config(SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION), 0);
    QCOMPARE(db.queryInt("PRAGMA trusted_schema", -1), 0);
    QCOMPARE(db.queryInt("PRAGMA cell_size_check", -1), 1);
    QCOMPARE(db.queryInt("PRAGMA mmap_size", -1), 0);
    // 8 MiB strings instead of SQLite's 1 GB, no ATTACH.
    QCOMPARE(sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, -1), 8 * 1024 * 1024);
    QCOMPARE(sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, -1), 0);
    QVERIFY(sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH, -1) <= 1000000);
    QVERIFY(sqlite3_limit(handle, SQLITE_LIMIT_COLUMN, -1) <= 200);
}

void TestHostileWorkspace::aHugeCurrencySettingIsIgnoredQuickly() {
    pvi::test::TempDir dir;
    const QString path = makeWorkspace(dir, QStringLiteral("shop.pvi"));
    QVERIFY(!path.isEmpty());
    // 20 MB of "0" (hex of 10 MB of zero bytes) written by another program as the currency.
    alter(path, "INSERT INTO settings(key, value) VALUES ('currency', hex(zeroblob(10000000)));");
    QElapsedTimer timer;
    timer.start();
    auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("setting 'currency' is longer")));
    QCOMPARE(opened.workspace->setting(QStringLiteral("currency"), QStringLiteral("none")),
             QStringLiteral("none"));
    // No orders: no currency at all, rather than 20 MB of one.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("setting 'currency' is longer")));
    QCOMPARE(pvi::workspaceCurrency(*opened.workspace), QString());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestHostileWorkspace::invalidSettingsFallBackToTheirDefaults() {
    pvi::test::TempDir dir;
    const QString path = makeWorkspace(dir, QStringLiteral("shop.pvi"));
    QVERIFY(!path.isEmpty());
    // Values the settings page would never store: out of range, not numbers, not a code.
    alter(path, "INSERT INTO settings(key, value) VALUES ('gross_margin', '7'), "
                "('activity_window_days', '-3'), ('anomaly_threshold', 'nan'), "
                "('ces_higher_is_easier', 'maybe'), ('currency', 'dollars');");
    auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    Workspace& ws = *opened.workspace;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Gross margin")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Activity window")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Anomaly threshold")));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("CES: higher answer = easier")));
    // The defaults the settings page states: a 50 % margin, a year's activity window, |z| 3.5,
    // higher CES answers = easier.
    QCOMPARE(pvi::numberSetting(ws, QStringLiteral("gross_margin")), 0.5);
    QCOMPARE(pvi::numberSetting(ws, QStringLiteral("activity_window_days")), 365.0);
    QCOMPARE(pvi::numberSetting(ws, QStringLiteral("anomaly_threshold")), 3.5);
    QCOMPARE(pvi::settingOrDefault(ws, QStringLiteral("ces_higher_is_easier")),
             QStringLiteral("1"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("currency setting")));
    QCOMPARE(pvi::workspaceCurrency(ws), QString());

    // The settings page shows each invalid value's warning.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".")));
    int warned = 0;
    for (const pvi::SettingValue& v : pvi::loadSettingValues(ws)) {
        if (!v.warning.isEmpty()) {
            ++warned;
            QCOMPARE(v.value, v.definition.defaultValue);
        }
    }
    QCOMPARE(warned, 4);
}

PVI_TEST_CLASS(TestHostileWorkspace)
#include "test_hostile_workspace.moc"
