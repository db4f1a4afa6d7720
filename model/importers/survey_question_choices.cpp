#include "importers/survey_question_choices.h"

#include "store/database.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace pvi {

bool setQuestionChoice(Workspace& workspace, const QString& question, SurveyInstrument instrument,
                       const ScoreScale& scale, bool isEthics, QString* error) {
    const QString key = question.trimmed();
    if (key.isEmpty() || instrument == SurveyInstrument::None) {
        if (error)
            *error = QCoreApplication::translate(
                "pvi::ImportText", "a question and an instrument (nps, csat, ces, likert, "
                                   "comment or ignore) are needed");
        return false;
    }
    ScoreScale stored = scale.isValid() ? scale : defaultScale(instrument);
    try {
        Statement insert = workspace.db().prepare(
            "INSERT INTO survey_question_choices(question, instrument, scale_min, scale_max, "
            "is_ethics) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(question) DO UPDATE SET "
            "instrument = excluded.instrument, scale_min = excluded.scale_min, "
            "scale_max = excluded.scale_max, is_ethics = excluded.is_ethics");
        insert.bind(1, key).bind(2, instrumentId(instrument)).bind(5, isEthics);
        if (isScoreInstrument(instrument)) {
            insert.bind(3, stored.min).bind(4, stored.max);
        } else {
            insert.bindNull(3).bindNull(4);
        }
        insert.run();
    } catch (const DbError& e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

bool clearQuestionChoice(Workspace& workspace, const QString& question, QString* error) {
    try {
        workspace.db()
            .prepare("DELETE FROM survey_question_choices WHERE question = ?1")
            .bind(1, question.trimmed())
            .run();
        if (workspace.db().changes() == 0) {
            if (error)
                *error =
                    QCoreApplication::translate("pvi::ImportText", "no choice is stored for '%1'")
                        .arg(question);
            return false;
        }
    } catch (const DbError& e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

QHash<QString, QuestionChoice> loadQuestionChoices(Database& db) {
    QHash<QString, QuestionChoice> choices;
    Statement stmt = db.prepare("SELECT question, instrument, scale_min, scale_max, is_ethics FROM "
                                "survey_question_choices");
    while (stmt.step()) {
        QuestionChoice choice;
        choice.instrument = instrumentFromId(stmt.columnText(1)).value_or(SurveyInstrument::None);
        if (!stmt.isNull(2) && !stmt.isNull(3))
            choice.scale = {stmt.columnDouble(2), stmt.columnDouble(3)};
        else
            choice.scale = defaultScale(choice.instrument);
        choice.isEthics = stmt.columnInt(4) != 0;
        choices.insert(stmt.columnText(0), choice);
    }
    return choices;
}

bool setSegmentQuestion(Database& db, const QString& question, bool isSegment) {
    Statement stmt = db.prepare(isSegment ? "INSERT OR IGNORE INTO survey_segment_questions"
                                            "(question) VALUES (?1)"
                                          : "DELETE FROM survey_segment_questions WHERE "
                                            "question = ?1");
    stmt.bind(1, question.trimmed()).run();
    return db.changes() > 0;
}

} // namespace pvi
