// The runner's guarantees: all or nothing per file (a bad required value in the last order, or a
// cancel, leaves the workspace file byte-for-byte as it was), idempotent re-import, and clear
// rejections of files that are not what they claim.
#include "fixture_checks.h"
#include "importers/demo_shop.h"
#include "importers/import_runner.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QFile>
#include <QTest>

using namespace pvi;

namespace {

bool hasIssue(const ImportReport& report, const QString& code, int line = -1, int column = -1) {
    for (const ImportIssue& issue : report.issues) {
        if (issue.code == code && (line < 0 || issue.line == line) &&
            (column < 0 || issue.column == column))
            return true;
    }
    return false;
}

} // namespace

class TestImportRunner : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Workspace> freshWorkspace(const QString& path) {
        auto opened = Workspace::open(path, Workspace::Mode::CreateOrOpen);
        if (!opened.workspace)
            qWarning("%s", qPrintable(opened.error));
        return std::move(opened.workspace);
    }

private Q_SLOTS:
    void badLastOrderRollsBackEverything();
    void cancelLeavesWorkspaceUnchanged();
    void cancelMidFileReportsProgress();
    void reimportChangesNothing();
    void changedOrderIsUpdatedInPlace();
    void optionalValueIsOnlyAWarning();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void forcedSource();
};

void TestImportRunner::badLastOrderRollsBackEverything() {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("w.pvi"));
    auto ws = freshWorkspace(path);
    QVERIFY(ws);
    QVERIFY(importFile(*ws, test::shopifyFixture(QStringLiteral("orders_2021_layout/input.csv")),
                       test::pinnedImportOptions())
                .ok);
    ws->checkpoint();
    const QByteArray before = test::readAll(path);
    QVERIFY(!before.isEmpty());

    const ImportReport report =
        importFile(*ws, test::shopifyFixture(QStringLiteral("bad_input/bad_last_order.csv")),
                   test::pinnedImportOptions());
    QVERIFY(!report.ok);
    QVERIFY(!report.cancelled);
    QCOMPARE(report.batchId, -1);
    QCOMPARE(report.recordsAdded, 0);
    // #2009's order row is line 18 of the file; Created at is column 16.
    QVERIFY2(hasIssue(report, QStringLiteral("bad-timestamp"), 18, 16),
             qPrintable(test::describeIssues(report)));
    QVERIFY2(report.issues.first().message.contains(u"Christmas Eve 6pm"),
             qPrintable(test::describeIssues(report)));

    ws->checkpoint();
    QCOMPARE(ws->db().queryInt("SELECT count(*) FROM import_batches"), 1);
    QCOMPARE(ws->db().queryInt("SELECT count(*) FROM orders"), 6);
    ws.reset();
    QVERIFY2(test::readAll(path) == before, "the workspace file changed after a rejected import");
}

void TestImportRunner::cancelLeavesWorkspaceUnchanged() {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("w.pvi"));
    auto ws = freshWorkspace(path);
    QVERIFY(ws);
    ws->checkpoint();
    const QByteArray before = test::readAll(path);

    int calls = 0;
    const ImportReport report =
        importFile(*ws, test::shopifyFixture(QStringLiteral("orders_2025_layout/input.csv")),
                   test::pinnedImportOptions(), [&calls](qint64, qint64) {
                       ++calls;
                       return false;
                   });
    QVERIFY(report.cancelled);
    QVERIFY(!report.ok);
    QCOMPARE(calls, 1);
    ws->checkpoint();
    QCOMPARE(ws->db().queryInt("SELECT count(*) FROM orders"), 0);
    QCOMPARE(ws->db().queryInt("SELECT count(*) FROM customers"), 0);
    ws.reset();
    QVERIFY2(test::readAll(path) == before, "the workspace file changed after a cancel");
}

void TestImportRunner::cancelMidFileReportsProgress() {
    test::TempDir dir;
    auto ws = freshWorkspace(dir.path(QStringLiteral("w.pvi")));
    QVERIFY(ws);
    QList<QPair<qint64, qint64>> seen;
    const ImportReport report =
        importFile(*ws, demoShopFiles().constFirst(), test::pinnedImportOptions(),
                   [&seen](qint64 done, qint64 total) {
                       seen.append({done, total});
                       return seen.size() < 2;
                   });
    QVERIFY(report.cancelled);
    QCOMPARE(seen.size(), 2);
    QVERIFY(seen[0].first > 0);
    QVERIFY(seen[1].first >= seen[0].first);
    QVERIFY2(seen[1].first < seen[1].second, "cancel should happen before the end of the file");
    QCOMPARE(ws->db().queryInt("SELECT count(*) FROM orders"), 0);
}

void TestImportRunner::reimportChangesNothing() {
    test::TempDir dir;
    auto ws = freshWorkspace(dir.path(QStringLiteral("w.pvi")));
    QVERIFY(ws);
    const QString file = test::shopifyFixture(QStringLiteral("orders_2025_layout/input.csv"));
    const ImportReport first = importFile(*ws, file, test::pinnedImportOptions());
    QVERIFY(first.ok);
    auto snapshot = [&ws]() {
        Statement stmt = ws->db().prepare(
            "SELECT (SELECT count(*) FROM orders), (SELECT count(*) FROM order_lines), "
            "(SELECT count(*) FROM customers), (SELECT total(net_revenue) FROM orders WHERE "
            "is_valid = 1)");
        stmt.step();
        return QStringLiteral("%1/%2/%3/%4")
            .arg(stmt.columnInt64(0))
            .arg(stmt.columnInt64(1))
            .arg(stmt.columnInt64(2))
            .arg(stmt.columnDouble(3), 0, 'f', 2);
    };
    const QString before = snapshot();
    QCOMPARE(before, QStringLiteral("9/16/6/257.72"));

    const ImportReport second = importFile(*ws, file, test::pinnedImportOptions());
    QVERIFY(second.ok);
    QCOMPARE(second.recordsAdded, 0);
    QCOMPARE(second.recordsUpdated, 0);
    QCOMPARE(second.recordsUnchanged, 9);
    QCOMPARE(second.customersAdded, 0);
    QCOMPARE(second.customersMatched, 6);
    QCOMPARE(snapshot(), before);
}

void TestImportRunner::changedOrderIsUpdatedInPlace() {
    test::TempDir dir;
    auto ws = freshWorkspace(dir.path(QStringLiteral("w.pvi")));
    QVERIFY(ws);
    QVERIFY(importFile(*ws, test::shopifyFixture(QStringLiteral("orders_2025_layout/input.csv")),
                       test::pinnedImportOptions())
                .ok);
    const qint64 idBefore =
        ws->db().queryInt("SELECT id FROM orders WHERE order_key = '6400000000001'");

    // The same export a day later: #2001 got a 4.50 refund (partially_refunded).
    QFile in(test::shopifyFixture(QStringLiteral("orders_2025_layout/input.csv")));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    bytes.replace("#2001,ana.lopez@example.com,paid,",
                  "#2001,ana.lopez@example.com,partially_refunded,");
    bytes.replace(",Stripe,r000001,0.00,", ",Stripe,r000001,4.50,");
    test::TempDir other;
    const QString changed = other.path(QStringLiteral("orders_export.csv"));
    QFile out(changed);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();

    const ImportReport report = importFile(*ws, changed, test::pinnedImportOptions());
    QVERIFY2(report.ok, qPrintable(test::describeIssues(report)));
    QCOMPARE(report.recordsUpdated, 1);
    QCOMPARE(report.recordsUnchanged, 8);
    QCOMPARE(report.recordsAdded, 0);
    Statement stmt = ws->db().prepare(
        "SELECT id, financial_status, net_revenue, batch_id, (SELECT count(*) FROM order_lines "
        "WHERE order_id = orders.id) FROM orders WHERE order_key = '6400000000001'");
    QVERIFY(stmt.step());
    QCOMPARE(stmt.columnInt64(0), idBefore); // updated in place
    QCOMPARE(stmt.columnText(1), QStringLiteral("partially_refunded"));
    QCOMPARE(stmt.columnDouble(2), 30.0); // 34.50 - 4.50
    QCOMPARE(stmt.columnInt64(3), report.batchId);
    QCOMPARE(stmt.columnInt(4), 3);
    QCOMPARE(ws->db().queryInt("SELECT count(*) FROM orders"), 9);
}

void TestImportRunner::optionalValueIsOnlyAWarning() {
    test::TempDir dir;
    auto ws = freshWorkspace(dir.path(QStringLiteral("w.pvi")));
    QVERIFY(ws);
    const ImportReport report =
        importFile(*ws, test::shopifyFixture(QStringLiteral("bad_input/bad_optional_value.csv")),
                   test::pinnedImportOptions());
    QVERIFY2(report.ok, qPrintable(test::describeIssues(report)));
    // Shipping is column 10; the value 'six' on line 2.
    QVERIFY2(hasIssue(report, QStringLiteral("bad-money"), 2, 10),
             qPrintable(test::describeIssues(report)));
    QCOMPARE(report.recordsAdded, 9);
    Statement stmt =
        ws->db().prepare("SELECT shipping IS NULL FROM orders WHERE order_key = '6400000000001'");
    QVERIFY(stmt.step());
    QCOMPARE(stmt.columnInt(0), 1);
}

void TestImportRunner::rejectsBadInput_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("messageParts");
    QTest::newRow("empty file") << QStringLiteral("empty.csv") << QStringLiteral("empty-file")
                                << QStringList{QStringLiteral("empty")};
    QTest::newRow("header only") << QStringLiteral("header_only.csv") << QStringLiteral("no-rows")
                                 << QStringList{QStringLiteral("no rows")};
    QTest::newRow("workbook") << QStringLiteral("workbook.xlsx") << QStringLiteral("unreadable")
                              << QStringList{QStringLiteral("workbook.xlsx")};
    QTest::newRow("pdf") << QStringLiteral("report.pdf") << QStringLiteral("unreadable")
                         << QStringList{QStringLiteral("report.pdf")};
    QTest::newRow("missing column")
        << QStringLiteral("missing_created_at.csv") << QStringLiteral("missing-column")
        << QStringList{QStringLiteral("Created at"), QStringLiteral("Shopify orders export")};
    QTest::newRow("unknown csv") << QStringLiteral("analytics.csv")
                                 << QStringLiteral("unknown-format")
                                 << QStringList{QStringLiteral("Shopify orders export"),
                                                QStringLiteral("Shopify customers export"),
                                                QStringLiteral("Lineitem quantity"),
                                                QStringLiteral("Accepts Email Marketing")};
}

void TestImportRunner::rejectsBadInput() {
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(QStringList, messageParts);
    test::TempDir dir;
    auto ws = freshWorkspace(dir.path(QStringLiteral("w.pvi")));
    QVERIFY(ws);
    const ImportReport report =
        importFile(*ws, test::shopifyFixture(QStringLiteral("bad_input/") + file),
                   test::pinnedImportOptions());
    QVERIFY(!report.ok);
    QVERIFY2(hasIssue(report, code), qPrintable(test::describeIssues(report)));
    for (const QString& part : messageParts)
        QVERIFY2(report.error.contains(part),
                 qPrintable(QStringLiteral("'%1' not in: %2").arg(part, report.error)));
    QCOMPARE(ws->db().queryInt("SELECT count(*) FROM import_batches"), 0);
}

void TestImportRunner::forcedSource() {
    test::TempDir dir;
    auto ws = freshWorkspace(dir.path(QStringLiteral("w.pvi")));
    QVERIFY(ws);
    ImportOptions options = test::pinnedImportOptions();
    options.forcedSource = QStringLiteral("shopify-orders");
    const ImportReport wrong =
        importFile(*ws, test::shopifyFixture(QStringLiteral("customers_2024/input.csv")), options);
    QVERIFY(!wrong.ok);
    QVERIFY(hasIssue(wrong, QStringLiteral("missing-column")));
    QVERIFY2(wrong.error.contains(u"Created at"), qPrintable(wrong.error));

    options.forcedSource = QStringLiteral("no-such-source");
    const ImportReport unknown =
        importFile(*ws, test::shopifyFixture(QStringLiteral("customers_2024/input.csv")), options);
    QVERIFY(!unknown.ok);
    QVERIFY(unknown.error.contains(u"shopify-customers"));

    options.forcedSource = QStringLiteral("shopify-customers");
    QVERIFY(
        importFile(*ws, test::shopifyFixture(QStringLiteral("customers_2024/input.csv")), options)
            .ok);
}

PVI_TEST_CLASS(TestImportRunner)
#include "test_import_runner.moc"
