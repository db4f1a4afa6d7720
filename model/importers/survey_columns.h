#pragma once

#include "importers/survey_question_choices.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace pvi {

/// A question column of a survey export as the file gives it: its 0-based index, its combined
/// name (SurveyMonkey: "question | sub-answer" for check-box options and matrix rows) and the
/// second header row's cell ("Response", "Open-Ended Response", an option label; empty for
/// one-row headers).
struct SurveyQuestionColumn {
    int index = -1;
    QString question;
    QString subAnswer;
};

/// How one question column is read.
struct SurveyColumn {
    int index = -1;
    QString question;
    /// Score instruments and Comment are imported as answers; None (choice answers, check-box
    /// options, matrix rows) as short choice answers for segments; Ignore not at all.
    SurveyInstrument instrument = SurveyInstrument::None;
    ScoreScale scale;
    bool isEthics = false;
    bool chosenByUser = false; ///< from a remembered choice rather than recognised
};

/// Decides each column's role. A remembered choice wins; else a column whose wording names NPS,
/// CSAT or CES is that score when at least 80% of its non-empty answers read as scores; an
/// "Open-Ended Response" or "Other (please specify)" column, or one whose wording asks for
/// comments and whose answers are text, or whose answers are long and mostly distinct, is a
/// comment, unless its answers read as points of a rating scale (numbers, "Agree", "Very
/// satisfied"); everything else (choices, ratings nobody chose, check-box options) is None.
std::vector<SurveyColumn> classifySurveyColumns(const std::vector<SurveyQuestionColumn>& columns,
                                                const std::vector<QStringList>& rows,
                                                const QHash<QString, QuestionChoice>& choices);

} // namespace pvi
