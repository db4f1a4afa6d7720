#pragma once
// Marking a question of the imported surveys: the instrument and scale it feeds, whether it is
// about the ethics of personalization, whether its answers are segments. `pvi surveys mark` and
// `pvi surveys unmark` run these.

#include "importers/survey_question_list.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pvi {

class Workspace;

/// What to change about a question; what is unset keeps the question's current use.
struct SurveyQuestionMark {
    std::optional<SurveyInstrument> instrument; ///< a score instrument, Comment or Ignore
    ScoreScale scale;                           ///< invalid: the current (or default) scale
    std::optional<bool> ethics;
    std::optional<bool> segment;
    bool forgetChoice = false; ///< forget the remembered choice (wording decides again)
};

/// What a mark did: the question as stored, its use afterwards, and notes for the user (a
/// re-import needed, nothing changed, no answers to segment by). On failure, the error.
struct SurveyMarkOutcome {
    bool ok = false;
    QString error;
    SurveyQuestionUse use;
    QStringList notes;
};

/// Applies `mark` to the question named `question` (exact text, or the only one equal but for
/// case), all or nothing. An ethics mark on a question imported as a score takes effect at once
/// (the ethics flag is joined when answers are read); a new instrument or scale applies to the
/// answers already stored only after the survey file is imported again, which a note says. Fails
/// for an unknown question (naming close matches), for ethics or a scale on a question that is
/// not a score, or when the workspace cannot be written.
SurveyMarkOutcome markSurveyQuestion(Workspace& workspace, const QString& question,
                                     const SurveyQuestionMark& mark);

/// Up to three questions of `uses` that read like `text` (containing it, or sharing most of its
/// words), best first.
QStringList closeSurveyQuestions(const std::vector<SurveyQuestionUse>& uses, const QString& text);

} // namespace pvi
