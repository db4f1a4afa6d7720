#pragma once
// The survey tests' workspace: the three fixture surveys imported, the SurveyMonkey ethics
// question marked, and the personalized customer list (personalized_list.csv) with its rule.

#include "importers/import_report.h"

#include <QJsonObject>
#include <QString>

namespace pvi {
class Workspace;
}

namespace pvi::test {

/// The fixture file's path under tests/fixtures/surveys.
QString surveyFixture(const QString& name);
/// The SurveyMonkey fixture's ethics question (marked as Likert 1–5, ethics).
QString ethicsQuestion();
/// Imports a file; the report.
ImportReport importSurvey(Workspace& workspace, const QString& path);
/// Marks the ethics question, imports the three fixture surveys and stores the personalized
/// list as customer list "VIP" with a customer-list rule; false with a message on failure.
bool buildSurveyWorkspace(Workspace& workspace, QString* error);
/// tests/reference/surveys/<name> parsed.
QJsonObject loadSurveyReference(const QString& name);

} // namespace pvi::test
