#include "importers/experiment_csv_importer.h"

#include "importers/experiment_row_reader.h"
#include "io/csv_reader.h"

namespace pvi {

ExperimentImport importExperimentCsv(const QString& path) {
    ExperimentImport result;
    CsvReader reader;
    if (!reader.open(path)) {
        result.errors << reader.error().toString();
        return result;
    }
    CsvRow row;
    if (!reader.readRow(row)) {
        result.errors << path + QStringLiteral(": the file is empty");
        return result;
    }
    ExperimentRowReader rows;
    if (!rows.begin(row.fields)) {
        result.errors << path + QStringLiteral(": ") + ExperimentRowReader::expectedColumns();
        return result;
    }
    QStringList rowErrors;
    while (reader.readRow(row)) {
        if (auto error = rows.addRow(row))
            rowErrors << QStringLiteral("%1:%2: ").arg(path).arg(row.line) + *error;
    }
    if (reader.hasError())
        rowErrors << reader.error().toString();
    result = rows.finish();
    result.errors = rowErrors + result.errors;
    return result;
}

} // namespace pvi
