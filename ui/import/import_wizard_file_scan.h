#pragma once

#include "importers/column_mapping.h"
#include "io/csv_row.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pvi {

/// What the import wizard reads of one file (off the GUI thread): its header, its first rows
/// and the source detected from the header.
struct ImportFileScan {
    QString file;
    /// The header row's fields (empty when the file could not be read).
    QStringList header;
    /// 1-based physical line of the header.
    qint64 headerLine = 0;
    /// The first data rows after the header, as the core CSV reader returned them.
    QList<CsvRow> rows;
    /// True when the file has more rows than were read.
    bool moreRows = false;
    /// The detected importer's id (empty when no importer recognises the header).
    QString detectedSource;
    /// How sure the detection is (0–100), also when below the detection threshold.
    int confidence = 0;
    /// For a header no importer recognises: the column mapping saved in the workspace by an
    /// earlier generic import of the same header (the import would use it too).
    std::optional<ColumnMapping> savedMapping;
    /// Why the file cannot be read (not text, empty, broken quoting); empty when it was read.
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/// Reads the header and up to `maxRows` data rows of the CSV file at `path` with the core CSV
/// reader (skipping a leading `#` comment block like the import does) and detects its source;
/// for a header no importer recognises, looks for a mapping saved in the workspace at
/// `workspacePath` (none when empty). Blocking I/O: call it from a worker thread.
ImportFileScan scanImportFile(const QString& path, int maxRows, const QString& workspacePath = {});

} // namespace pvi
