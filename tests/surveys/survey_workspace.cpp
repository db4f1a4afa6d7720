#include "survey_workspace.h"

#include "importers/import_runner.h"
#include "importers/survey_question_choices.h"
#include "store/database.h"
#include "store/workspace.h"
#include "test_paths.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

namespace pvi::test {

QString surveyFixture(const QString& name) {
    return QStringLiteral(PVI_FIXTURES_DIR "/surveys/") + name;
}

QString ethicsQuestion() {
    return QStringLiteral("I understand why the shop recommends products to me");
}

ImportReport importSurvey(Workspace& workspace, const QString& path) {
    ImportOptions options;
    options.importedAt = QDateTime(QDate(2022, 7, 1), QTime(12, 0), Qt::UTC);
    return importFile(workspace, path, options);
}

bool buildSurveyWorkspace(Workspace& workspace, QString* error) {
    if (!setQuestionChoice(workspace, ethicsQuestion(), SurveyInstrument::Likert, {1, 5}, true,
                           error))
        return false;
    for (const char* name :
         {"google_forms_responses.csv", "surveymonkey_responses.csv", "typeform_responses.csv"}) {
        const ImportReport report =
            importSurvey(workspace, surveyFixture(QString::fromLatin1(name)));
        if (!report.ok) {
            *error = report.error;
            return false;
        }
    }
    QFile list(surveyFixture(QStringLiteral("personalized_list.csv")));
    if (!list.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("personalized_list.csv is missing");
        return false;
    }
    Database& db = workspace.db();
    db.exec("INSERT INTO import_batches(file_name, file_path, sha256, source, imported_at) "
            "VALUES ('personalized_list.csv', 'personalized_list.csv', '', 'customer-list', "
            "'2022-07-01T12:00:00Z')");
    const std::int64_t batch = db.lastInsertRowId();
    db.exec("INSERT INTO personalization_rules(kind, pattern, created_at) VALUES "
            "('customer-list', 'VIP', '2022-07-01T12:00:00Z')");
    const QStringList lines = QString::fromUtf8(list.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(u',');
        Statement find = db.prepare("SELECT id FROM customers WHERE email = ?1");
        find.bind(1, cells.value(0).trimmed());
        if (!find.step()) {
            *error = QStringLiteral("no customer %1 after the imports").arg(cells.value(0));
            return false;
        }
        db.prepare("INSERT INTO customer_lists(batch_id, list_name, customer_id, added_on) "
                   "VALUES (?1, 'VIP', ?2, ?3)")
            .bind(1, batch)
            .bind(2, find.columnInt64(0))
            .bind(3, cells.value(1).trimmed())
            .run();
    }
    return true;
}

QJsonObject loadSurveyReference(const QString& name) {
    QFile file(QStringLiteral(PVI_REFERENCE_DIR "/surveys/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace pvi::test
