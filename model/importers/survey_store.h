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

/// A respondent's answer to a choice question (a column that feeds no instrument: "How did you
/// hear about us?", a check-box option, a matrix row), kept short so that the question can be
/// marked as a segment later without importing the file again.
struct SurveyChoiceAnswer {
    QString question;
    QString answer;
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
    std::vector<SurveyChoiceAnswer> choiceAnswers; ///< to survey_segment_answers
};

/// Writes a respondent, their answers and their choice answers, joined to the customer with the
/// same normalized email (created when new). A respondent already stored for the same platform,
/// survey and key is replaced (answers and choice answers alike); the report counts added, updated
/// and unchanged respondents.
void storeSurveyRespondent(ImportContext& context, const SurveyRespondentRecord& respondent);

} // namespace pvi
