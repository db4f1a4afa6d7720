// The import report lists each file's counts and every issue with its file, line and column.
#include "gui_test_setup.h"
#include "import/import_issue_model.h"
#include "import/import_report_dialog.h"
#include "import/import_sentence.h"
#include "test_registry.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImportReportDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { pvi::test::isolateGuiTestSettings(); }
    void issuesAreListedWithTheirPositions();
    void rejectedFileSaysWhy();
    void firstImportReadsAsASentence();
};

namespace {

pvi::ImportReport reportWithIssues() {
    pvi::ImportReport report;
    report.file = u"/data/orders_export.csv"_s;
    report.source = u"shopify-orders"_s;
    report.sourceTitle = u"Shopify orders export (2025 layout)"_s;
    report.ok = true;
    report.rowsRead = 120;
    report.recordsAdded = 80;
    report.recordsUpdated = 2;
    report.recordsUnchanged = 3;
    report.customersAdded = 40;
    report.customersMatched = 5;
    report.issues.append({report.file, 17, 12, pvi::ImportIssue::Severity::Error, u"bad-money"_s,
                          u"Total \"12,x\" is not an amount"_s});
    report.issues.append({report.file, 40, 0, pvi::ImportIssue::Severity::Warning,
                          u"unknown-status"_s, u"Financial Status \"weird\" is unknown"_s});
    return report;
}

} // namespace

void TestImportReportDialog::issuesAreListedWithTheirPositions() {
    pvi::ImportReportDialog dialog({reportWithIssues()}, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A sentence first; the bookkeeping and the issues one click away, under Details.
    QCOMPARE(dialog.summaryText(),
             u"orders_export.csv (Shopify orders export (2025 layout)): 82 orders (2 updated) "
             "from 45 customers (40 new); 3 already in the workspace; 2 issues listed in the "
             "details."_s);
    QCOMPARE(dialog.detailsText(),
             u"orders_export.csv (Shopify orders export (2025 layout)): 120 rows read; 80 added, "
             "2 updated, 3 unchanged; 40 new customers, 5 matched; 2 issues."_s);
    auto* issues = dialog.findChild<QTableView*>(u"importIssues"_s);
    QVERIFY2(issues && !issues->isVisible(), "the issue table waits behind Details");
    auto* details = dialog.findChild<QPushButton*>(u"importDetailsButton"_s);
    QVERIFY(details && details->isVisible());
    details->click();
    pvi::ImportIssueModel* model = dialog.issueModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    using M = pvi::ImportIssueModel;
    QCOMPARE(model->index(0, M::File).data().toString(), u"orders_export.csv"_s);
    QCOMPARE(model->index(0, M::Line).data().toString(), u"17"_s);
    QCOMPARE(model->index(0, M::ColumnNumber).data().toString(), u"12"_s);
    QCOMPARE(model->index(0, M::Line).data(M::RawRole).toInt(), 17);
    QCOMPARE(model->index(0, M::Severity).data().toString(), u"Error"_s);
    QCOMPARE(model->index(1, M::ColumnNumber).data().toString(), QString()); // whole line
    QCOMPARE(model->index(1, M::Severity).data().toString(), u"Warning"_s);
    QCOMPARE(model->index(1, M::Message).data().toString(),
             u"Financial Status \"weird\" is unknown"_s);
    auto* table = dialog.findChild<QTableView*>(u"importIssues"_s);
    QVERIFY(table && table->isVisible());
}

void TestImportReportDialog::rejectedFileSaysWhy() {
    pvi::ImportReport rejected;
    rejected.file = u"/data/unknown.csv"_s;
    rejected.error = u"The header matches no known export"_s;
    pvi::ImportReportDialog dialog({rejected}, false);
    QCOMPARE(dialog.summaryText(),
             u"unknown.csv was not imported: The header matches no known export"_s);
    QCOMPARE(dialog.issueModel()->rowCount(), 0);
}

void TestImportReportDialog::firstImportReadsAsASentence() {
    // The demo's orders as a newcomer sees them: how many orders from how many customers, and
    // how many are guests' (no e-mail), nothing about rows read or unchanged.
    pvi::ImportReport report;
    report.file = u"/data/orders_export.csv"_s;
    report.source = u"shopify-orders"_s;
    report.sourceTitle = u"Shopify orders export"_s;
    report.ok = true;
    report.rowsRead = 15012;
    report.recordsAdded = 7620;
    report.customersAdded = 2939;
    report.guestRecords = 469;
    QCOMPARE(pvi::importSentence(report),
             u"orders_export.csv (Shopify orders export): 7,620 orders from 2,939 customers; "
             "469 orders have no e-mail and count as guests."_s);
    report.guestRecords = 1;
    QVERIFY2(
        pvi::importSentence(report).endsWith(u"1 order has no e-mail and counts as a guest."_s),
        qPrintable(pvi::importSentence(report)));

    pvi::ImportReport again = report;
    again.recordsAdded = 0;
    again.recordsUnchanged = 7620;
    again.customersAdded = 0;
    again.guestRecords = 0;
    QCOMPARE(pvi::importSentence(again),
             u"orders_export.csv (Shopify orders export): nothing new; its 7,620 orders were "
             "already in the workspace."_s);

    pvi::ImportReport events;
    events.file = u"/data/activity.csv"_s;
    events.source = u"mailchimp-activity"_s;
    events.sourceTitle = u"Mailchimp activity"_s;
    events.ok = true;
    events.recordsAdded = 48288;
    QCOMPARE(pvi::importSentence(events),
             u"activity.csv (Mailchimp activity): 48,288 e-mail events."_s);
}

PVI_TEST_CLASS(TestImportReportDialog)
#include "test_import_report_dialog.moc"
