#pragma once

#include "import/import_wizard_file_scan.h"
#include "importers/column_mapping.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pvi {

/// The source id that imports a file through the generic importer with a column mapping.
inline const QString kGenericImportSource = QStringLiteral("generic");

/// One file in the import wizard: what was read of it and how the user wants it imported.
struct ImportFileEntry {
    QString file;
    /// False until the file's scan (header, first rows, detection) came back.
    bool scanned = false;
    ImportFileScan scan;
    /// The importer id to import it with (the detected one unless overridden), or
    /// kGenericImportSource; empty when none.
    QString source;
    /// For a generic import: canonical field id -> the file's column (unset until mapped).
    std::optional<ColumnMapping> mapping;

    bool isGeneric() const { return source == kGenericImportSource; }
};

/// What stops the file from being imported as chosen (unread, no source, required columns
/// missing, an incomplete column mapping), one sentence each; empty when it can be imported.
QStringList importFileProblems(const ImportFileEntry& entry);

} // namespace pvi
