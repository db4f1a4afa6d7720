#include "importers/survey_question_marks.h"

#include "store/database.h"
#include "store/db_error.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace pvi {

namespace {

QSet<QString> wordsOf(const QString& text) {
    QSet<QString> words;
    for (const QString& word :
         text.toLower().split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts))
        words.insert(word);
    return words;
}

/// The question named `text`: exact, else the only one equal but for case; nullptr otherwise.
const SurveyQuestionUse* findQuestion(const std::vector<SurveyQuestionUse>& uses,
                                      const QString& text) {
    const QString key = text.trimmed();
    const SurveyQuestionUse* caseless = nullptr;
    int caselessCount = 0;
    for (const SurveyQuestionUse& use : uses) {
        if (use.question == key)
            return &use;
        if (use.question.compare(key, Qt::CaseInsensitive) == 0) {
            caseless = &use;
            ++caselessCount;
        }
    }
    return caselessCount == 1 ? caseless : nullptr;
}

QString unknownQuestion(const std::vector<SurveyQuestionUse>& uses, const QString& text) {
    if (uses.empty())
        return QStringLiteral("no survey is imported in this workspace (import one with "
                              "`pvi import`)");
    QString message =
        QCoreApplication::translate("pvi::ImportText", "no question '%1' in the imported surveys")
            .arg(text);
    const QStringList close = closeSurveyQuestions(uses, text);
    if (!close.isEmpty())
        message += QStringLiteral("; did you mean: '") + close.join(QStringLiteral("', '")) +
                   QStringLiteral("'?");
    else
        message += QStringLiteral(" (`pvi surveys WS` lists them)");
    return message;
}

QString scaleText(const ScoreScale& scale) {
    return QStringLiteral("%1–%2").arg(scale.min).arg(scale.max);
}

/// The new choice: `mark` over the question's current use. Empty error when valid.
QString mergeChoice(const SurveyQuestionUse& use, const SurveyQuestionMark& mark,
                    QuestionChoice& merged) {
    merged.instrument = mark.instrument.value_or(use.instrument());
    const bool instrumentChanged = merged.instrument != use.instrument();
    if (mark.scale.isValid())
        merged.scale = mark.scale;
    else if (!instrumentChanged && use.scale().isValid())
        merged.scale = use.scale();
    else
        merged.scale = defaultScale(merged.instrument);
    merged.isEthics = mark.ethics.value_or(use.isEthics());
    const bool score = isScoreInstrument(merged.instrument);
    if (mark.scale.isValid() && !score)
        return QStringLiteral("'%1' is read as %2: a scale needs a score instrument (--as nps, "
                              "csat, ces or likert)")
            .arg(use.question, instrumentLabel(merged.instrument));
    if (merged.isEthics && !score)
        return QStringLiteral("'%1' is read as %2: only a score question can be about ethics "
                              "(mark it --as likert --ethics, then import the survey again)")
            .arg(use.question, instrumentLabel(merged.instrument));
    return {};
}

void noteReimport(const SurveyQuestionUse& before, const SurveyQuestionUse& after,
                  QStringList& notes) {
    if (!after.needsReimport())
        return;
    QString was = instrumentLabel(before.imported);
    if (isScoreInstrument(before.imported))
        was += QStringLiteral(" ") + scaleText(before.importedScale);
    QString now = instrumentLabel(after.instrument());
    if (isScoreInstrument(after.instrument()))
        now += QStringLiteral(" ") + scaleText(after.scale());
    notes << QStringLiteral("the answers already imported are still read as %1: import the "
                            "survey file again to read them as %2")
                 .arg(was, now);
}

} // namespace

QStringList closeSurveyQuestions(const std::vector<SurveyQuestionUse>& uses, const QString& text) {
    const QString needle = text.trimmed().toLower();
    const QSet<QString> words = wordsOf(needle);
    std::vector<std::pair<double, QString>> scored;
    for (const SurveyQuestionUse& use : uses) {
        const QString hay = use.question.toLower();
        double score = 0;
        if (!needle.isEmpty() && (hay.contains(needle) || needle.contains(hay)))
            score = 1;
        else if (!words.isEmpty()) {
            const QSet<QString> theirs = wordsOf(hay);
            score = double(QSet<QString>(words).intersect(theirs).size()) /
                    double(QSet<QString>(words).unite(theirs).size());
        }
        if (score >= 0.3)
            scored.emplace_back(score, use.question);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList close;
    for (std::size_t i = 0; i < scored.size() && i < 3; ++i)
        close << scored[i].second;
    return close;
}

SurveyMarkOutcome markSurveyQuestion(Workspace& workspace, const QString& question,
                                     const SurveyQuestionMark& mark) {
    SurveyMarkOutcome outcome;
    try {
        Database& db = workspace.db();
        const std::vector<SurveyQuestionUse> uses = listSurveyQuestions(db);
        const SurveyQuestionUse* found = findQuestion(uses, question);
        if (!found) {
            outcome.error = unknownQuestion(uses, question);
            return outcome;
        }
        const SurveyQuestionUse before = *found;
        const bool choiceChange = mark.instrument || mark.scale.isValid() || mark.ethics;
        QuestionChoice merged;
        if (choiceChange) {
            outcome.error = mergeChoice(before, mark, merged);
            if (!outcome.error.isEmpty())
                return outcome;
        }
        Transaction transaction(db);
        if (mark.forgetChoice) {
            if (before.choice)
                clearQuestionChoice(workspace, before.question);
            else if (!before.isSegment)
                outcome.notes << QStringLiteral("nothing was marked for it");
        } else if (choiceChange) {
            const bool same = before.choice && before.choice->instrument == merged.instrument &&
                              before.choice->isEthics == merged.isEthics &&
                              (!isScoreInstrument(merged.instrument) ||
                               (before.choice->scale.min == merged.scale.min &&
                                before.choice->scale.max == merged.scale.max));
            if (same || (!before.choice && merged.instrument == SurveyInstrument::None &&
                         !mark.instrument && !merged.isEthics)) {
                outcome.notes << QStringLiteral("its use was already that");
            } else if (merged.instrument == SurveyInstrument::None) {
                // Nothing to remember for a choice question that is not about ethics.
                if (before.choice)
                    clearQuestionChoice(workspace, before.question);
            } else if (!setQuestionChoice(workspace, before.question, merged.instrument,
                                          merged.scale, merged.isEthics, &outcome.error)) {
                return outcome;
            }
        }
        if (mark.segment) {
            const bool changed = setSegmentQuestion(db, before.question, *mark.segment);
            if (!changed && !mark.forgetChoice)
                outcome.notes << (*mark.segment ? QStringLiteral("it was already a segment")
                                                : QStringLiteral("it was not a segment"));
            if (*mark.segment && before.choiceAnswers == 0)
                outcome.notes << QStringLiteral("no choice answers are stored for it (scores and "
                                                "comments are not segments), so its segments "
                                                "stay empty");
        }
        transaction.commit();
        const std::vector<SurveyQuestionUse> after = listSurveyQuestions(db);
        const SurveyQuestionUse* now = findQuestion(after, before.question);
        outcome.use = now ? *now : before;
        if (mark.forgetChoice && before.choice && before.choice->instrument != before.imported &&
            (before.answers > 0 || before.choiceAnswers > 0))
            outcome.notes << QStringLiteral("the next import of the survey file reads it from its "
                                            "wording and answers again");
        else
            noteReimport(before, outcome.use, outcome.notes);
        outcome.ok = true;
    } catch (const DbError& e) {
        outcome.error = e.message();
    }
    return outcome;
}

} // namespace pvi
