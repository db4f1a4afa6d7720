#pragma once

#include "importers/import_batches.h"
#include "importers/import_report.h"
#include "importers/importer_spec.h"

#include <QString>

namespace pvi {

/// What an import did in one sentence for people, in the window's language: "orders_export.csv
/// (Shopify orders export): 7,620 orders from 2,939 customers; 469 orders have no e-mail and
/// count as guests." The counts' bookkeeping (rows read, added, updated, unchanged) is
/// describeImport()'s, shown under Details.
QString importSentence(const ImportReport& report);

/// "7,620 orders", "1 survey response": a count of a source's records, in the window's language.
QString importRecordCount(ImportRecords records, qint64 count);

/// The question asked before an import batch is removed, saying exactly what goes with it.
QString batchRemovalQuestion(const ImportBatchInfo& batch);

} // namespace pvi
