#pragma once

#include "importers/import_runner.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pvi {

/// One file to import and how (forced source, column mapping), as the import wizard chose it.
struct ImportRequest {
    QString file;
    ImportOptions options;
};

/// Requests that import each file with the default options (source detected from the header).
QList<ImportRequest> defaultImportRequests(const QStringList& files);

} // namespace pvi
