#pragma once

#include "importers/column_mapping.h"
#include "importers/import_report.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace pvi {

class Workspace;

/// How to import a file.
struct ImportOptions {
    /// An importer id (e.g. "shopify-orders") to use instead of detecting it from the header.
    QString forcedSource;
    /// The time recorded as the batch's import time; the current UTC time when null.
    QDateTime importedAt;
    /// Columns for the generic CSV importer (canonical field id -> column header): with a
    /// mapping the file goes through the generic importer and the mapping is saved under the
    /// header's signature, so a file with the same header is recognized next time.
    std::optional<ColumnMapping> columnMapping;

    /// Options that read the file with the importer `sourceId` instead of detecting it.
    static ImportOptions forSource(QString sourceId) {
        ImportOptions options;
        options.forcedSource = std::move(sourceId);
        return options;
    }
};

/// Called regularly with the bytes read so far and the file's size; returning false cancels
/// the import (nothing is written).
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

/// Imports one file into the workspace, all or nothing: one transaction for the whole file, so a
/// rejected or cancelled file leaves the workspace exactly as it was. On success the file is
/// recorded as an import batch (name, path, SHA-256, source, counts, time) with its issues.
/// Never throws: failures come back in the report.
ImportReport importFile(Workspace& workspace, const QString& path,
                        const ImportOptions& options = {}, const ImportProgress& progress = {});

} // namespace pvi
