#pragma once

#include "importers/survey_questions.h"

#include <QHash>
#include <QString>

namespace pvi {

class Database;
class Workspace;

/// What the user chose once for a survey question: the instrument it feeds, its scale, and
/// whether it asks about the ethics of personalization (transparency, control, fairness).
struct QuestionChoice {
    SurveyInstrument instrument = SurveyInstrument::None;
    ScoreScale scale;
    bool isEthics = false;
};

/// Remembers the user's choice for a question (the combined column name as the importer shows
/// it, e.g. "How satisfied are you with… | Delivery"); later imports use it instead of guessing
/// from the wording. A score instrument without a valid scale takes its default scale
/// (NPS 0–10, CSAT 1–5, CES 1–7, Likert 1–5). False with a message when the question is empty or
/// the workspace cannot be written.
bool setQuestionChoice(Workspace& workspace, const QString& question, SurveyInstrument instrument,
                       const ScoreScale& scale, bool isEthics, QString* error = nullptr);

/// Forgets the choice for a question; false with a message when none was stored.
bool clearQuestionChoice(Workspace& workspace, const QString& question, QString* error = nullptr);

/// Every remembered choice by question. Throws DbError on a database failure.
QHash<QString, QuestionChoice> loadQuestionChoices(Database& db);

/// Marks a question (as named in survey_segment_answers) as a segment of the "survey" dimension,
/// or unmarks it; the answers imported before count at once. Whether the marks changed. Throws
/// DbError on a database failure.
bool setSegmentQuestion(Database& db, const QString& question, bool isSegment);

} // namespace pvi
