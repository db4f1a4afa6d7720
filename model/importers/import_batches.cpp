#include "importers/import_batches.h"

#include "store/db_error.h"
#include "store/email_fact_tables.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace pvi {

namespace {

// Every table whose customer_id refers to customers (schema versions 1–5).
constexpr const char* kDeleteUnreferencedCustomersSql = R"sql(
DELETE FROM customers WHERE id NOT IN (
    SELECT customer_id FROM orders WHERE customer_id IS NOT NULL
    UNION SELECT customer_id FROM customer_records
    UNION SELECT customer_id FROM experiment_units WHERE customer_id IS NOT NULL
    UNION SELECT customer_id FROM touchpoints WHERE customer_id IS NOT NULL
    UNION SELECT customer_id FROM survey_respondents WHERE customer_id IS NOT NULL
    UNION SELECT customer_id FROM email_events WHERE customer_id IS NOT NULL
    UNION SELECT customer_id FROM audience WHERE customer_id IS NOT NULL
    UNION SELECT customer_id FROM customer_lists)
)sql";

} // namespace

std::vector<ImportBatchInfo> listImportBatches(Workspace& workspace) {
    std::vector<ImportBatchInfo> batches;
    Statement stmt = workspace.db().prepare(
        "SELECT b.id, b.file_name, b.file_path, b.sha256, b.source, b.imported_at, b.rows_read, "
        "b.records_added, b.records_updated, b.records_unchanged, b.customers_added, "
        "b.customers_matched, b.issue_count, "
        "(SELECT count(*) FROM orders o WHERE o.batch_id = b.id), "
        "(SELECT count(*) FROM customer_records r WHERE r.batch_id = b.id) "
        "FROM import_batches b ORDER BY b.id");
    while (stmt.step()) {
        ImportBatchInfo b;
        b.id = stmt.columnInt64(0);
        b.fileName = stmt.columnText(1);
        b.filePath = stmt.columnText(2);
        b.sha256 = stmt.columnText(3);
        b.source = stmt.columnText(4);
        b.importedAt = stmt.columnText(5);
        b.rowsRead = stmt.columnInt64(6);
        b.recordsAdded = stmt.columnInt64(7);
        b.recordsUpdated = stmt.columnInt64(8);
        b.recordsUnchanged = stmt.columnInt64(9);
        b.customersAdded = stmt.columnInt64(10);
        b.customersMatched = stmt.columnInt64(11);
        b.issueCount = stmt.columnInt64(12);
        b.ordersHeld = stmt.columnInt64(13);
        b.customerRecordsHeld = stmt.columnInt64(14);
        batches.push_back(b);
    }
    return batches;
}

QList<ImportIssue> importBatchIssues(Workspace& workspace, std::int64_t batchId) {
    QList<ImportIssue> issues;
    Statement stmt = workspace.db().prepare("SELECT file, line, col, severity, code, message "
                                            "FROM import_issues WHERE batch_id = ?1 ORDER BY id");
    stmt.bind(1, batchId);
    while (stmt.step()) {
        ImportIssue issue;
        issue.file = stmt.columnText(0);
        issue.line = stmt.columnInt(1);
        issue.column = stmt.columnInt(2);
        issue.severity = stmt.columnText(3) == u"error" ? ImportIssue::Severity::Error
                                                        : ImportIssue::Severity::Warning;
        issue.code = stmt.columnText(4);
        issue.message = stmt.columnText(5);
        issues.append(issue);
    }
    return issues;
}

bool removeImportBatch(Workspace& workspace, std::int64_t batchId, QString* error) {
    try {
        Database& db = workspace.db();
        Transaction transaction(db);
        const EmailCampaignKeys emailCampaigns = emailCampaignsOfBatch(db, batchId);
        db.prepare("DELETE FROM import_batches WHERE id = ?1").bind(1, batchId).run();
        if (db.changes() == 0) {
            if (error)
                *error =
                    QCoreApplication::translate("pvi::ImportText", "there is no import batch %1")
                        .arg(batchId);
            return false;
        }
        // ON DELETE CASCADE took the batch's rows (orders and their lines, records, events,
        // answers, issues). Customers nothing refers to any more go too: one set of the ids still
        // referred to, built once, instead of a look-up per customer in every table.
        db.exec(kDeleteUnreferencedCustomersSql);
        // The facts derived from the removed events say what the events left say.
        refreshEmailFacts(db, emailCampaigns);
        transaction.commit();
        return true;
    } catch (const DbError& e) {
        if (error)
            *error = QCoreApplication::translate("pvi::ImportText",
                                                 "the import batch could not be removed: %1")
                         .arg(e.message());
        return false;
    }
}

} // namespace pvi
