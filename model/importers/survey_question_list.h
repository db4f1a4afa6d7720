#pragma once
// The questions of the imported surveys and what each is used for: the instrument its answers
// were imported as, the choice the user remembered for it, ethics and segment marks.

#include "importers/survey_question_choices.h"

#include <QString>

#include <optional>
#include <vector>

namespace pvi {

class Database;

/// One question of the imported surveys (or one the user made a choice for before an import).
struct SurveyQuestionUse {
    QString question;
    /// How its stored answers read: a score instrument or Comment (survey_responses), None for
    /// choice answers only (survey_segment_answers) or when nothing is stored.
    SurveyInstrument imported = SurveyInstrument::None;
    ScoreScale importedScale;             ///< the scale of the imported scores
    std::optional<QuestionChoice> choice; ///< remembered (survey_question_choices)
    bool isSegment = false;               ///< in survey_segment_questions
    qint64 answers = 0;                   ///< scores and comments stored
    qint64 choiceAnswers = 0;             ///< choice answers stored

    /// The instrument the next import reads it as (the choice), else the imported one.
    SurveyInstrument instrument() const { return choice ? choice->instrument : imported; }
    ScoreScale scale() const { return choice ? choice->scale : importedScale; }
    bool isEthics() const { return choice && choice->isEthics; }
    /// Whether answers already stored were read otherwise than the remembered choice says (the
    /// survey file must be imported again for the choice to apply to them).
    bool needsReimport() const;
};

/// Every question with stored answers, choice answers, a remembered choice or a segment mark,
/// sorted by text (case-insensitive). Throws DbError on a database failure.
std::vector<SurveyQuestionUse> listSurveyQuestions(Database& db);

/// The word a listing shows for an instrument: "nps", …, "comment", "ignore", "choice" for None.
QString instrumentLabel(SurveyInstrument instrument);

} // namespace pvi
