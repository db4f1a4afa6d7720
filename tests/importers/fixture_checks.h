#pragma once

#include "importers/import_report.h"
#include "importers/import_runner.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pvi::test {

/// The import time the tests pin, so batches are reproducible.
QDateTime pinnedImportTime();

/// Import options with that pinned time.
ImportOptions pinnedImportOptions();

/// A file of the Shopify fixtures (tests/fixtures/shopify/).
QString shopifyFixture(const QString& relative);

/// A file of the other importers' fixtures (tests/fixtures/importers/).
QString importerFixture(const QString& relative);

/// Reads a JSON object from a file (an empty object when it cannot).
QJsonObject readJsonObject(const QString& path);

/// Issues of one severity in a report.
int countIssues(const ImportReport& report, ImportIssue::Severity severity);

/// All issues as text, one per line, for failure messages.
QString describeIssues(const ImportReport& report);

} // namespace pvi::test
