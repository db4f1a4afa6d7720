#pragma once

#include "importers/import_report.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pvi::test {

/// The import time the tests pin, so batches are reproducible.
QDateTime pinnedImportTime();

/// Reads a JSON object from a file (an empty object when it cannot).
QJsonObject readJsonObject(const QString& path);

/// Issues of one severity in a report.
int countIssues(const ImportReport& report, ImportIssue::Severity severity);

/// All issues as text, one per line, for failure messages.
QString describeIssues(const ImportReport& report);

} // namespace pvi::test
