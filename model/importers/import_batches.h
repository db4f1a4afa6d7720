#pragma once

#include "importers/import_report.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace pvi {

class Workspace;

/// One recorded import: the file, its checksum and source, when, and what it did.
struct ImportBatchInfo {
    std::int64_t id = 0;
    QString fileName;
    QString filePath;
    QString sha256;
    QString source;
    QString importedAt; ///< ISO 8601 UTC
    std::int64_t rowsRead = 0;
    std::int64_t recordsAdded = 0;
    std::int64_t recordsUpdated = 0;
    std::int64_t recordsUnchanged = 0;
    std::int64_t customersAdded = 0;
    std::int64_t customersMatched = 0;
    std::int64_t issueCount = 0;
    std::int64_t ordersHeld = 0;          ///< orders the batch owns now (added or last updated)
    std::int64_t customerRecordsHeld = 0; ///< customer records the batch owns now
};

/// All import batches of the workspace, oldest first. Throws DbError on a database failure.
std::vector<ImportBatchInfo> listImportBatches(Workspace& workspace);

/// The issues stored with a batch, in file order.
QList<ImportIssue> importBatchIssues(Workspace& workspace, std::int64_t batchId);

/// Removes a batch with everything it owns (orders and their lines, customer records, issues),
/// then the customers left with neither an order nor a record. One transaction; false with a
/// message when there is no such batch or the workspace cannot be written.
bool removeImportBatch(Workspace& workspace, std::int64_t batchId, QString* error);

} // namespace pvi
