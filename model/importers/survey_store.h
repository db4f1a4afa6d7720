#pragma once

#include "importers/survey_questions.h"

#include <QString>

#include <optional>
#include <vector>

namespace pvi {

class ImportContext;

/// One imported answer: a score on its scale, or a comment.
struct SurveyAnswerRecord {
    QString question;
    SurveyInstrument instrument = SurveyInstrument::None;
    std::optional<double> score;
    ScoreScale scale;
    QString comment;
};

/// One respondent of a survey export with the answers the app keeps.
struct SurveyRespondentRecord {
    QString platform;      ///< "google-forms", "surveymonkey", "typeform"
    QString survey;        ///< signature of the survey's question columns
    QString surveyTitle;   ///< for people: the file's base name
    QString respondentKey; ///< the platform's respondent id, or a key derived from the row
    QString email;         ///< normalized; empty when the survey did not collect it
    QString submittedAt;   ///< ISO 8601; empty when the export has no time
    QString submittedDate; ///< the local date as written (yyyy-MM-dd); empty without a time
    std::vector<SurveyAnswerRecord> answers;
};

/// Writes a respondent and their answers, joined to the customer with the same normalized email
/// (created when new). A respondent already stored for the same platform, survey and key is
/// replaced; the report counts added, updated and unchanged respondents.
void storeSurveyRespondent(ImportContext& context, const SurveyRespondentRecord& respondent);

} // namespace pvi
