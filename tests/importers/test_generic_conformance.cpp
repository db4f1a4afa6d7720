// The generic orders importer on a real file: UCI Online Retail (shared datasets,
// exports/online_retail_uci.csv.gz, FORMATS.md §7), one row per invoice line, mapped by hand.
// Expected figures are the published UCI counts (25,900 invoices, 4,372 customers, 541,909 rows)
// and Σ Quantity × UnitPrice over all rows = 9,747,747.93 (the dataset's well-known total
// revenue, recomputed with Python's csv module from the same file). The file's one interleaved
// invoice (542806, rows apart around C542805) is put back together. The file is imported as the
// .csv.gz it is, through the gzip container path.
#include "fixture_checks.h"
#include "importers/import_runner.h"
#include "order_checks.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>

using namespace pvi;

class TestGenericConformance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void onlineRetail();
};

void TestGenericConformance::onlineRetail() {
    test::TempDir dir;
    // Imported as it is downloaded, gzipped: the .csv.gz container path decodes it with zlib.
    const QString csv = QStringLiteral(PVI_SHARED_DATASETS_DIR "/exports/online_retail_uci.csv.gz");
    auto opened = Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    ImportOptions options;
    options.importedAt = test::pinnedImportTime();
    // CustomerID stands in for the e-mail (the file has none); no total column: Σ qty × price.
    options.columnMapping =
        ColumnMapping{{QStringLiteral("order_id"), QStringLiteral("InvoiceNo")},
                      {QStringLiteral("email"), QStringLiteral("CustomerID")},
                      {QStringLiteral("created_at"), QStringLiteral("InvoiceDate")},
                      {QStringLiteral("product"), QStringLiteral("Description")},
                      {QStringLiteral("quantity"), QStringLiteral("Quantity")},
                      {QStringLiteral("price"), QStringLiteral("UnitPrice")}};
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = importFile(*opened.workspace, csv, options);
    qInfo("imported in %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY2(report.ok, qPrintable(report.error + test::describeIssues(report)));
    QCOMPARE(report.rowsRead, 541909);
    QCOMPARE(report.recordsAdded, 25900);
    QCOMPARE(report.customersAdded, 4372);
    // Warnings: the interleaved invoice's rows and the lines without a CustomerID.
    QStringList codes;
    for (const ImportIssue& issue : report.issues)
        codes.append(issue.code);
    codes.sort();
    QCOMPARE(codes, (QStringList{QStringLiteral("no-email"), QStringLiteral("rows-apart")}));

    Database& db = opened.workspace->db();
    QCOMPARE(db.queryInt("SELECT count(*) FROM order_lines"), 541909);
    Statement sum = db.prepare("SELECT sum(total) FROM orders");
    QVERIFY(sum.step());
    // Tolerance 0.01: 541,909 products of 2-decimal prices summed in doubles.
    QVERIFY2(std::fabs(sum.columnDouble(0) - 9747747.93) < 0.01,
             qPrintable(QString::number(sum.columnDouble(0), 'f', 4)));
    // Invoice 536365, the file's first: 7 lines, 6×2.55 + 6×3.39 + 8×2.75 + 6×3.39 + 6×3.39
    // + 2×7.65 + 6×4.25 = 139.12.
    const test::StoredOrder first =
        test::storedOrder(db, QStringLiteral("generic-orders"), QStringLiteral("536365"));
    QCOMPARE(first.lines, 7);
    QVERIFY(first.total && std::fabs(*first.total - 139.12) < 1e-9);
    QCOMPARE(first.createdAt, QStringLiteral("2010-12-01T08:26:00"));
    // Invoice 542806 gathered from both of its runs of rows.
    const test::StoredOrder apart =
        test::storedOrder(db, QStringLiteral("generic-orders"), QStringLiteral("542806"));
    QVERIFY(apart.found);
    QCOMPARE(apart.lines, 39); // counted with Python from the file
}

PVI_TEST_CLASS(TestGenericConformance)
#include "test_generic_conformance.moc"
