#include "importers/survey_question_list.h"

#include "store/database.h"

#include <QMap>

#include <algorithm>

namespace pvi {

bool SurveyQuestionUse::needsReimport() const {
    if (!choice || (answers == 0 && choiceAnswers == 0))
        return false;
    if (choice->instrument != imported) // imported is never Ignore
        return true;
    return isScoreInstrument(imported) &&
           (choice->scale.min != importedScale.min || choice->scale.max != importedScale.max);
}

QString instrumentLabel(SurveyInstrument instrument) {
    return instrument == SurveyInstrument::None ? QStringLiteral("choice")
                                                : instrumentId(instrument);
}

std::vector<SurveyQuestionUse> listSurveyQuestions(Database& db) {
    QMap<QString, SurveyQuestionUse> byQuestion;
    auto use = [&](const QString& question) -> SurveyQuestionUse& {
        SurveyQuestionUse& u = byQuestion[question];
        u.question = question;
        return u;
    };
    // The instrument with the most answers wins when two surveys read the same text otherwise.
    Statement responses = db.prepare(
        "SELECT question, instrument, min(scale_min), max(scale_max), count(*) AS n FROM "
        "survey_responses GROUP BY question, instrument ORDER BY question, n DESC");
    while (responses.step()) {
        SurveyQuestionUse& u = use(responses.columnText(0));
        if (u.answers == 0) {
            u.imported = instrumentFromId(responses.columnText(1)).value_or(SurveyInstrument::None);
            if (!responses.isNull(2) && !responses.isNull(3))
                u.importedScale = {responses.columnDouble(2), responses.columnDouble(3)};
        }
        u.answers += responses.columnInt64(4);
    }
    Statement choices =
        db.prepare("SELECT question, count(*) FROM survey_segment_answers GROUP BY question");
    while (choices.step())
        use(choices.columnText(0)).choiceAnswers = choices.columnInt64(1);
    const QHash<QString, QuestionChoice> remembered = loadQuestionChoices(db);
    for (auto it = remembered.constBegin(); it != remembered.constEnd(); ++it)
        use(it.key()).choice = it.value();
    Statement segments = db.prepare("SELECT question FROM survey_segment_questions");
    while (segments.step())
        use(segments.columnText(0)).isSegment = true;
    std::vector<SurveyQuestionUse> list(byQuestion.begin(), byQuestion.end());
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return a.question.compare(b.question, Qt::CaseInsensitive) < 0;
    });
    return list;
}

} // namespace pvi
