// The pvi command line as a user runs it (QProcess on the built executable): init, import with
// text and JSON reports and exit codes, demo with its rules.
#include "fixture_checks.h"
#include "importers/demo_shop.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace pvi;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runPviProcess(const QStringList& args) {
    QProcess process;
    process.start(QStringLiteral(PVI_CLI_PATH), args);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCliImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initThenImport();
    void jsonReportAndRejection();
    void importNeedsAWorkspace();
    void demoCreatesWorkspaceWithRules();
    void genericImportWithMap();
    void reportNamesWhatWasAdded();
    void batchesListAndRemove();
};

void TestCliImport::initThenImport() {
    test::TempDir dir;
    const QString ws = dir.path(QStringLiteral("shop.pvi"));
    Run r = runPviProcess({QStringLiteral("init"), ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(ws));
    r = runPviProcess({QStringLiteral("init"), ws}); // still empty: fine
    QCOMPARE(r.exitCode, 0);

    r = runPviProcess({QStringLiteral("import"), ws,
                       test::shopifyFixture(QStringLiteral("orders_2025_layout/input.csv"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"orders added 9"), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"input.csv:16:2"), qPrintable(r.out)); // the no-email warning

    r = runPviProcess({QStringLiteral("init"), ws}); // now it holds data
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"not changed"));

    r = runPviProcess({QStringLiteral("import"), ws,
                       test::shopifyFixture(QStringLiteral("bad_input/missing_created_at.csv"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Created at"), qPrintable(r.err));
}

void TestCliImport::jsonReportAndRejection() {
    test::TempDir dir;
    const QString ws = dir.path(QStringLiteral("shop.pvi"));
    QCOMPARE(runPviProcess({QStringLiteral("init"), ws}).exitCode, 0);
    const Run r =
        runPviProcess({QStringLiteral("import"), ws,
                       test::shopifyFixture(QStringLiteral("orders_2021_layout/input.csv")),
                       test::shopifyFixture(QStringLiteral("bad_input/analytics.csv")),
                       QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1); // one file was rejected
    QJsonParseError error{};
    const QJsonArray reports = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
    QCOMPARE(reports.size(), 2);
    const QJsonObject good = reports[0].toObject();
    QCOMPARE(good[u"ok"].toBool(), true);
    QCOMPARE(good[u"source"].toString(), QStringLiteral("shopify-orders"));
    QCOMPARE(good[u"records_added"].toInt(), 6);
    QCOMPARE(good[u"rows_read"].toInt(), 8);
    QCOMPARE(good[u"customers_added"].toInt(), 4);
    QVERIFY(good[u"batch_id"].toInt() > 0);
    const QJsonObject bad = reports[1].toObject();
    QCOMPARE(bad[u"ok"].toBool(), false);
    QVERIFY(bad[u"batch_id"].isNull());
    QVERIFY2(bad[u"error"].toString().contains(u"Shopify orders export"),
             qPrintable(bad[u"error"].toString()));
    const QJsonObject issue = bad[u"issues"].toArray().first().toObject();
    QCOMPARE(issue[u"severity"].toString(), QStringLiteral("error"));
    QCOMPARE(issue[u"code"].toString(), QStringLiteral("unknown-format"));
    QCOMPARE(issue[u"line"].toInt(), 1);
}

void TestCliImport::importNeedsAWorkspace() {
    test::TempDir dir;
    const Run r = runPviProcess({QStringLiteral("import"), dir.path(QStringLiteral("none.pvi")),
                                 test::shopifyFixture(QStringLiteral("orders_trimmed/input.csv"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"pvi init"), qPrintable(r.err));
    QCOMPARE(runPviProcess({QStringLiteral("import")}).exitCode, 2);
}

void TestCliImport::demoCreatesWorkspaceWithRules() {
    test::TempDir dir;
    const QString ws = dir.path(QStringLiteral("demo.pvi"));
    Run r = runPviProcess({QStringLiteral("demo"), ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runPviProcess({QStringLiteral("demo"), ws});
    QCOMPARE(r.exitCode, 1); // holds data: refused without --force
    r = runPviProcess({QStringLiteral("demo"), ws, QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const QJsonObject reference =
        test::readJsonObject(QStringLiteral(PVI_REFERENCE_DIR "/importers/shopify_reference.json"));
    const QJsonObject demo = reference[u"demo"][u"orders"].toObject();
    auto opened = Workspace::open(ws, Workspace::Mode::OpenExisting);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    Database& db = opened.workspace->db();
    QCOMPARE(db.queryInt("SELECT count(*) FROM orders"), demo[u"orders"].toInteger());
    // Each bundled file once, though the demo was made twice (test_demo_shop checks each one).
    QCOMPARE(db.queryInt("SELECT count(*) FROM import_batches"), demoShopFiles().size());
    Statement rules =
        db.prepare("SELECT kind || ':' || pattern FROM personalization_rules ORDER BY kind");
    QStringList found;
    while (rules.step())
        found.append(rules.columnText(0));
    QCOMPARE(found, (QStringList{QStringLiteral("campaign-name:[P]"),
                                 QStringLiteral("discount-code-prefix:FORYOU"),
                                 QStringLiteral("item-list:Recommended for you"),
                                 QStringLiteral("landing-page-prefix:/for-you/"),
                                 QStringLiteral("order-tag:personalized")}));
}

void TestCliImport::genericImportWithMap() {
    test::TempDir dir;
    const QString ws = dir.path(QStringLiteral("shop.pvi"));
    QCOMPARE(runPviProcess({QStringLiteral("init"), ws}).exitCode, 0);
    const QString file = QStringLiteral(PVI_FIXTURES_DIR "/importers/generic/shop_orders.csv");
    const QStringList map = {QStringLiteral("--map"), QStringLiteral("order_id=Order #"),
                             QStringLiteral("--map"), QStringLiteral("email=E-mail"),
                             QStringLiteral("--map"), QStringLiteral("created_at=Ordered at"),
                             QStringLiteral("--map"), QStringLiteral("total=Grand total")};

    // A mapping naming a column the file lacks: rejected, the column named.
    Run r =
        runPviProcess(QStringList{QStringLiteral("import"), ws, file, QStringLiteral("--source"),
                                  QStringLiteral("generic")} +
                      map + QStringList{QStringLiteral("--map"), QStringLiteral("currency=Curr")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"'Curr'"), qPrintable(r.err));
    r = runPviProcess(
        {QStringLiteral("import"), ws, file, QStringLiteral("--map"), QStringLiteral("order_id")});
    QCOMPARE(r.exitCode, 2);

    // 4 rows, orders A-1 (2 rows), A-2, A-3; customers ana and ben.
    r = runPviProcess(QStringList{QStringLiteral("import"), ws, file, QStringLiteral("--source"),
                                  QStringLiteral("generic")} +
                      map);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(u"[generic-orders]"), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"orders added 3"), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"customers added 2"), qPrintable(r.out));

    // The mapping was saved for this header: recognized without options next time.
    r = runPviProcess({QStringLiteral("import"), ws, file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(u"unchanged 3"), qPrintable(r.out));
}

void TestCliImport::reportNamesWhatWasAdded() {
    test::TempDir dir;
    const QString ws = dir.path(QStringLiteral("shop.pvi"));
    QCOMPARE(runPviProcess({QStringLiteral("init"), ws}).exitCode, 0);
    const Run r =
        runPviProcess({QStringLiteral("import"), ws,
                       QStringLiteral(PVI_FIXTURES_DIR "/email/mailchimp_campaigns_export.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(u"campaigns added"), qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"orders added"), qPrintable(r.out));
}

// `pvi batches list` shows each recorded import with what it holds; `pvi batches remove`
// removes one with its orders (the other batch's stay); wrong ids and usage are refused.
void TestCliImport::batchesListAndRemove() {
    test::TempDir dir;
    const QString ws = dir.path(QStringLiteral("shop.pvi"));
    QCOMPARE(runPviProcess({QStringLiteral("init"), ws}).exitCode, 0);
    for (const char* fixture : {"orders_2025_layout", "orders_trimmed"})
        QCOMPARE(runPviProcess({QStringLiteral("import"), ws,
                                test::shopifyFixture(
                                    QStringLiteral("%1/input.csv").arg(QLatin1String(fixture)))})
                     .exitCode,
                 0);
    Run r = runPviProcess(
        {QStringLiteral("batches"), QStringLiteral("list"), ws, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray batches = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches[0].toObject()[u"id"].toInt(), 1);
    QCOMPARE(batches[0].toObject()[u"orders_held"].toInt(), 9);
    QCOMPARE(batches[0].toObject()[u"source"].toString(), QStringLiteral("shopify-orders"));
    const int secondOrders = batches[1].toObject()[u"orders_held"].toInt();
    QVERIFY(secondOrders > 0);

    r = runPviProcess(
        {QStringLiteral("batches"), QStringLiteral("remove"), ws, QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runPviProcess(
        {QStringLiteral("batches"), QStringLiteral("list"), ws, QStringLiteral("--json")});
    const QJsonArray left = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left[0].toObject()[u"id"].toInt(), 2);
    QCOMPARE(left[0].toObject()[u"orders_held"].toInt(), secondOrders);

    r = runPviProcess(
        {QStringLiteral("batches"), QStringLiteral("remove"), ws, QStringLiteral("7")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"7"), qPrintable(r.err));
    r = runPviProcess(
        {QStringLiteral("batches"), QStringLiteral("remove"), ws, QStringLiteral("one")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"usage"), qPrintable(r.err));
}

PVI_TEST_CLASS(TestCliImport)
#include "test_cli_import.moc"
