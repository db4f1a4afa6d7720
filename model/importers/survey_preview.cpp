#include "importers/survey_preview.h"

#include "importers/header_map.h"
#include "importers/import_context.h"
#include "importers/importer_registry.h"
#include "importers/survey_importer.h"
#include "io/csv_reader.h"
#include "store/db_error.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace pvi {

SurveyPreview previewSurvey(Workspace& workspace, const QString& path,
                            const QString& forcedSource) {
    SurveyPreview preview;
    CsvReader reader;
    CsvRow header;
    if (!reader.open(path) || !reader.readRow(header)) {
        preview.error =
            reader.hasError() ? reader.error().toString() : QStringLiteral("%1 is empty").arg(path);
        return preview;
    }
    const ImporterRegistry& registry = ImporterRegistry::instance();
    const ImporterSpec* spec =
        forcedSource.isEmpty() ? registry.detect(header.fields).spec : registry.find(forcedSource);
    std::unique_ptr<Importer> importer = spec ? registry.create(spec->id) : nullptr;
    auto* survey = dynamic_cast<SurveyImporter*>(importer.get());
    if (!survey) {
        preview.error = QCoreApplication::translate(
                            "pvi::ImportText", "%1 is not a Google Forms, SurveyMonkey or Typeform "
                                               "export")
                            .arg(path);
        return preview;
    }
    try {
        // The context may note a pseudonymization key; nothing of it is kept.
        Transaction transaction(workspace.db());
        ImportReport report;
        report.file = path;
        ImportContext context(workspace, report, 0);
        survey->begin(context, HeaderMap(header.fields));
        CsvRow row;
        while (reader.readRow(row)) {
            if (!row.fields.join(QString()).trimmed().isEmpty())
                survey->addRow(context, row);
        }
        if (reader.hasError()) {
            preview.error = reader.error().toString();
            return preview;
        }
        preview.columns = survey->classify(loadQuestionChoices(workspace.db()));
    } catch (const DbError& e) {
        preview.error = e.message();
        return preview;
    }
    preview.ok = true;
    preview.source = spec->id;
    preview.respondents = survey->rowCount();
    return preview;
}

} // namespace pvi
