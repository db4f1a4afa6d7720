#pragma once

#include "importers/import_report.h"

#include <QJsonObject>

namespace pvi {

/// An import report as the JSON object `pvi import --json` prints (see docs/cli-import.md).
QJsonObject importReportToJson(const ImportReport& report);

/// What a source's records are called in the text report ("orders", "campaigns", "survey
/// responses", ...), by source id.
QString recordNoun(const QString& source);

/// The report as text for a terminal: a summary line, the counts, then one line per issue
/// as "severity file:line:column: message".
QString importReportToText(const ImportReport& report);

} // namespace pvi
