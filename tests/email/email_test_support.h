#pragma once

#include "importers/import_report.h"

#include <QJsonObject>
#include <QString>

namespace pvi {
class Workspace;
}

namespace pvi::test {

/// A fixture of tests/fixtures/email.
QString emailFixture(const QString& name);
/// tests/reference/email/<name> as a JSON object (empty when it cannot be read).
QJsonObject emailReference(const QString& name);
/// Imports a file with detection and a pinned import time.
ImportReport importEmailFile(Workspace& workspace, const QString& path);
/// The issues of a report, one per line, for failure messages.
QString issuesText(const ImportReport& report);
/// Whether the report has an issue with this code.
bool hasIssue(const ImportReport& report, const QString& code);
/// A single integer from SQL.
qint64 queryCount(Workspace& workspace, const char* sql);
/// |actual − expected| ≤ tolerance × max(1, |expected|), printing both on failure.
bool near(double actual, double expected, double tolerance = 1e-9);

} // namespace pvi::test
