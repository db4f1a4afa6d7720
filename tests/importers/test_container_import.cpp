// Files as people send them: a Shopify orders export re-saved as .xlsx, gzipped and zipped, and a
// Typeform .xlsx download (1900 and 1904 date systems) import to the same rows as the CSV; a
// corrupt zip, a zip bomb, a broken sheet, a huge shared-string table and a path-traversal member
// are refused with a message naming the file and leave the workspace as it was. Fixtures:
// tests/reference/importers/make_container_fixtures.py.
#include "cli_run.h"
#include "fixture_checks.h"
#include "importers/import_runner.h"
#include "io/containers/container_reader.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;

namespace {

QString containerFixture(const QString& name) {
    return QStringLiteral(PVI_FIXTURES_DIR "/containers/") + name;
}

std::unique_ptr<Workspace> newWorkspace(const QString& path) {
    auto opened = Workspace::open(path, Workspace::Mode::CreateOrOpen);
    if (!opened.workspace)
        qWarning("%s", qPrintable(opened.error));
    return std::move(opened.workspace);
}

/// Every row of a query as "a|b|c" lines, for comparing two workspaces.
QStringList queryRows(Workspace& workspace, const char* sql, int columns) {
    QStringList rows;
    Statement statement = workspace.db().prepare(sql);
    while (statement.step()) {
        QStringList fields;
        for (int c = 0; c < columns; ++c)
            fields.append(statement.columnText(c));
        rows.append(fields.join(u'|'));
    }
    return rows;
}

constexpr const char* kOrderRows =
    "SELECT order_key, name, created_at, order_date, financial_status, currency, subtotal, "
    "shipping, taxes, cancelled_at FROM orders ORDER BY order_key";
constexpr const char* kLineRows =
    "SELECT o.order_key, l.line_no, l.quantity, l.name, l.sku, l.price FROM order_lines l "
    "JOIN orders o ON o.id = l.order_id ORDER BY o.order_key, l.line_no";
constexpr const char* kSurveyRows =
    "SELECT r.respondent_key, r.email, r.submitted_at, r.submitted_date, s.question, "
    "s.instrument, s.score, s.comment FROM survey_responses s JOIN survey_respondents r ON "
    "r.id = s.respondent_id ORDER BY r.respondent_key, s.question";

/// What a workspace holds, summed up: batches, orders, customers, survey responses.
QString holdings(Workspace& workspace) {
    return QStringLiteral("%1 batches, %2 orders, %3 customers, %4 responses")
        .arg(workspace.db().queryInt("SELECT count(*) FROM import_batches"))
        .arg(workspace.db().queryInt("SELECT count(*) FROM orders"))
        .arg(workspace.db().queryInt("SELECT count(*) FROM customers"))
        .arg(workspace.db().queryInt("SELECT count(*) FROM survey_responses"));
}

} // namespace

class TestContainerImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importsLikeTheCsv_data();
    void importsLikeTheCsv();
    void workbookAndArchiveListTheirMembers();
    void badContainersChangeNothing_data();
    void badContainersChangeNothing();
    void cliImportsEverySheet();
};

void TestContainerImport::importsLikeTheCsv_data() {
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("source");
    const QString orders = test::shopifyFixture(QStringLiteral("orders_2025_layout/input.csv"));
    const QString typeform = QStringLiteral(PVI_FIXTURES_DIR "/surveys/typeform_responses.csv");
    QTest::newRow("shopify xlsx") << orders
                                  << containerFixture(QStringLiteral("shopify_orders.xlsx"))
                                  << QStringLiteral("shopify-orders");
    QTest::newRow("shopify csv.gz")
        << orders << containerFixture(QStringLiteral("shopify_orders.csv.gz"))
        << QStringLiteral("shopify-orders");
    QTest::newRow("shopify zip") << orders << containerFixture(QStringLiteral("shopify_orders.zip"))
                                 << QStringLiteral("shopify-orders");
    QTest::newRow("shopify zip member")
        << orders << containerFixture(QStringLiteral("shopify_orders.zip#orders_export_1.csv"))
        << QStringLiteral("shopify-orders");
    QTest::newRow("typeform xlsx")
        << typeform << containerFixture(QStringLiteral("typeform_responses.xlsx#Responses"))
        << QStringLiteral("typeform");
    QTest::newRow("typeform xlsx 1904")
        << typeform << containerFixture(QStringLiteral("typeform_responses_1904.xlsx"))
        << QStringLiteral("typeform");
}

void TestContainerImport::importsLikeTheCsv() {
    QFETCH(QString, csv);
    QFETCH(QString, container);
    QFETCH(QString, source);
    test::TempDir dir;
    auto plain = newWorkspace(dir.path(QStringLiteral("csv.pvi")));
    auto decoded = newWorkspace(dir.path(QStringLiteral("container.pvi")));
    QVERIFY(plain && decoded);
    const ImportReport expected = importFile(*plain, csv, test::pinnedImportOptions());
    QVERIFY2(expected.ok, qPrintable(test::describeIssues(expected)));
    const ImportReport report = importFile(*decoded, container, test::pinnedImportOptions());
    QVERIFY2(report.ok, qPrintable(report.error + u'\n' + test::describeIssues(report)));
    QCOMPARE(report.source.startsWith(source), true);
    QCOMPARE(report.source, expected.source);
    QCOMPARE(report.rowsRead, expected.rowsRead);
    QCOMPARE(report.recordsAdded, expected.recordsAdded);
    QCOMPARE(report.customersAdded, expected.customersAdded);
    QCOMPARE(queryRows(*decoded, kOrderRows, 10), queryRows(*plain, kOrderRows, 10));
    QCOMPARE(queryRows(*decoded, kLineRows, 6), queryRows(*plain, kLineRows, 6));
    QCOMPARE(queryRows(*decoded, kSurveyRows, 8), queryRows(*plain, kSurveyRows, 8));
    if (source == u"shopify-orders") {
        // Hand-read from the fixture: 9 orders, #2001 created 2025-03-20 05:20:57 -0700.
        QCOMPARE(decoded->db().queryInt("SELECT count(*) FROM orders"), 9);
        Statement first =
            decoded->db().prepare("SELECT created_at, subtotal FROM orders WHERE name = '#2001'");
        QVERIFY(first.step());
        QCOMPARE(first.columnText(0), QStringLiteral("2025-03-20T05:20:57-07:00"));
        QCOMPARE(first.columnDouble(1), 34.5);
    } else {
        // The first response was submitted 2022-05-11 14:02:11 UTC (a date cell in the workbook).
        Statement first = decoded->db().prepare("SELECT count(*) FROM survey_respondents WHERE "
                                                "submitted_at LIKE '2022-05-11%14:02:11%'");
        QVERIFY(first.step());
        QCOMPARE(first.columnInt(0), 1);
    }
    // The batch records the workbook or archive itself and names the sheet or member.
    Statement batch = decoded->db().prepare("SELECT file_name, sha256 FROM import_batches");
    QVERIFY(batch.step());
    QVERIFY2(container.endsWith(batch.columnText(0)), qPrintable(batch.columnText(0)));
    QCOMPARE(batch.columnText(1).size(), 64);
}

void TestContainerImport::workbookAndArchiveListTheirMembers() {
    QCOMPARE(importPathsOf(containerFixture(QStringLiteral("shopify_orders.xlsx"))),
             QStringList{containerFixture(QStringLiteral("shopify_orders.xlsx#orders_export"))});
    QCOMPARE(
        importPathsOf(containerFixture(QStringLiteral("shopify_orders.zip"))),
        QStringList{containerFixture(QStringLiteral("shopify_orders.zip#orders_export_1.csv"))});
    // The member named ../../evil.csv is never offered.
    QCOMPARE(importPathsOf(containerFixture(QStringLiteral("traversal.zip"))),
             QStringList{containerFixture(QStringLiteral("traversal.zip#orders_export_1.csv"))});
    QCOMPARE(importPathsOf(containerFixture(QStringLiteral("shopify_orders.csv.gz"))),
             QStringList{containerFixture(QStringLiteral("shopify_orders.csv.gz"))});
    QCOMPARE(importPathsOf(containerFixture(QStringLiteral("corrupt.zip"))),
             QStringList{containerFixture(QStringLiteral("corrupt.zip"))});
}

void TestContainerImport::badContainersChangeNothing_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("messageParts");
    QTest::addColumn<int>("line");
    QTest::newRow("corrupt zip") << QStringLiteral("corrupt.zip")
                                 << QStringList{QStringLiteral("corrupt.zip"),
                                                QStringLiteral("not a readable zip archive")}
                                 << 0;
    QTest::newRow("zip bomb") << QStringLiteral("bomb.zip")
                              << QStringList{QStringLiteral("bomb.zip#orders_export_1.csv"),
                                             QStringLiteral("more than 128 MiB")}
                              << 0;
    QTest::newRow("broken sheet") << QStringLiteral("broken_sheet.xlsx")
                                  << QStringList{QStringLiteral("broken_sheet.xlsx"),
                                                 QStringLiteral("sheet 'orders_export'"),
                                                 QStringLiteral("XML is broken")}
                                  << 3;
    // Found by fuzz_containers: the row number became 1.7 billion blank lines (a timeout).
    QTest::newRow("row beyond the sheet")
        << QStringLiteral("far_row.xlsx")
        << QStringList{QStringLiteral("far_row.xlsx"), QStringLiteral("row number 1712727127"),
                       QStringLiteral("beyond the 1048576 rows")}
        << 1712727127;
    QTest::newRow("huge shared strings")
        << QStringLiteral("many_strings.xlsx")
        << QStringList{QStringLiteral("many_strings.xlsx"), QStringLiteral("xl/sharedStrings.xml"),
                       QStringLiteral("more than 4000000 strings")}
        << 0;
    QTest::newRow("path traversal")
        << QStringLiteral("traversal.zip#../../evil.csv")
        << QStringList{QStringLiteral("traversal.zip"), QStringLiteral("outside the archive")} << 0;
    QTest::newRow("missing sheet")
        << QStringLiteral("shopify_orders.xlsx#Sheet9")
        << QStringList{QStringLiteral("shopify_orders.xlsx"), QStringLiteral("no sheet 'Sheet9'"),
                       QStringLiteral("orders_export")}
        << 0;
}

void TestContainerImport::badContainersChangeNothing() {
    QFETCH(QString, file);
    QFETCH(QStringList, messageParts);
    QFETCH(int, line);
    test::TempDir dir;
    auto ws = newWorkspace(dir.path(QStringLiteral("w.pvi")));
    QVERIFY(ws);
    const ImportReport first =
        importFile(*ws, test::shopifyFixture(QStringLiteral("orders_2025_layout/input.csv")),
                   test::pinnedImportOptions());
    QVERIFY(first.ok);
    const QString before = holdings(*ws);
    const ImportReport report =
        importFile(*ws, containerFixture(file), test::pinnedImportOptions());
    QVERIFY(!report.ok);
    QCOMPARE(report.batchId, std::int64_t(-1));
    for (const QString& part : messageParts)
        QVERIFY2(report.error.contains(part),
                 qPrintable(QStringLiteral("'%1' not in: %2").arg(part, report.error)));
    QVERIFY(!report.issues.isEmpty());
    QCOMPARE(report.issues.first().code, QStringLiteral("unreadable"));
    QCOMPARE(report.issues.first().line, line);
    QCOMPARE(holdings(*ws), before);
}

void TestContainerImport::cliImportsEverySheet() {
    test::TempDir dir;
    const QString ws = dir.path(QStringLiteral("cli.pvi"));
    QCOMPARE(test::runPvi({QStringLiteral("init"), ws}).exitCode, 0);
    const test::CliRun run = test::runPvi(
        {QStringLiteral("import"), ws, containerFixture(QStringLiteral("shopify_orders.xlsx")),
         containerFixture(QStringLiteral("typeform_responses.xlsx"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("shopify_orders.xlsx#orders_export: imported as Shopify orders"),
             run.out.constData());
    QVERIFY2(run.out.contains("typeform_responses.xlsx#Responses: imported as"),
             run.out.constData());
    const test::CliRun bad =
        test::runPvi({QStringLiteral("import"), ws, containerFixture(QStringLiteral("bomb.zip"))});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("bomb.zip"), bad.err.constData());
}

PVI_TEST_CLASS(TestContainerImport)
#include "test_container_import.moc"
