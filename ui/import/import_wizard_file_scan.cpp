#include "import/import_wizard_file_scan.h"

#include "import/import_texts.h"
#include "import/import_wizard_mapping_loader.h"
#include "importers/importer_registry.h"
#include "importers/web_report_layout.h"
#include "io/csv_reader.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pvi {

ImportFileScan scanImportFile(const QString& path, int maxRows, const QString& workspacePath) {
    ImportFileScan scan;
    scan.file = path;
    CsvReader reader;
    CsvReader::Options options; // analytics downloads open with a `#` comment block
    options.commentPrefix = WebReportLayout::startsWithComment(path) ? QChar(u'#') : QChar();
    if (!reader.open(path, options)) {
        scan.error = reader.error().message;
        return scan;
    }
    CsvRow row;
    if (!reader.readRow(row)) {
        scan.error = reader.hasError()
                         ? reader.error().toString()
                         : ImportTexts::tr("%1 is empty.").arg(QFileInfo(path).fileName());
        return scan;
    }
    scan.header = row.fields;
    scan.headerLine = row.line;
    while (reader.readRow(row)) {
        if (scan.rows.size() >= maxRows) {
            scan.moreRows = true;
            break;
        }
        scan.rows.append(row);
    }
    if (reader.hasError() && scan.rows.size() < maxRows)
        scan.error = reader.error().toString();
    const DetectionResult detected = ImporterRegistry::instance().detect(scan.header);
    scan.confidence = detected.confidence;
    if (detected.spec) {
        scan.detectedSource = detected.spec->id;
    } else if (!workspacePath.isEmpty()) {
        InitialMapping initial = loadInitialMapping(workspacePath, scan.header);
        if (initial.saved)
            scan.savedMapping = std::move(initial.mapping);
    }
    return scan;
}

} // namespace pvi
