#pragma once

#include "importers/survey_columns.h"

#include <QString>

#include <vector>

namespace pvi {

class Workspace;

/// What importing a survey file would read, without importing it: for the wizard's mapping
/// step, where the user confirms or changes each question's role (setQuestionChoice()).
struct SurveyPreview {
    bool ok = false;
    QString error;  ///< why there is no preview (unreadable, not a survey export, ...)
    QString source; ///< "google-forms", "surveymonkey" or "typeform"
    qsizetype respondents = 0;
    std::vector<SurveyColumn> columns; ///< every question column with its role
};

/// Reads a survey export and classifies its question columns as the import would, with the
/// workspace's remembered choices. Writes nothing. `forcedSource` picks the importer instead of
/// detecting it.
SurveyPreview previewSurvey(Workspace& workspace, const QString& path,
                            const QString& forcedSource = {});

} // namespace pvi
