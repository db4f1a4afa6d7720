#include "importers/survey_columns.h"

#include <QSet>

namespace pvi {

namespace {

// A wording-recognised score column needs this share of its answers to read as scores.
constexpr double kMinScoreShare = 0.8;

struct ValueStats {
    qint64 nonEmpty = 0;
    qint64 scores = 0;
    qint64 ratings = 0; ///< answers that read as points of a 5- or 7-point scale
    qint64 equalToLabel = 0;
    qint64 distinct = 0;
    double meanWords = 0;
};

ValueStats statsOf(const SurveyQuestionColumn& column, const std::vector<QStringList>& rows,
                   const ScoreScale& scale) {
    ValueStats stats;
    QSet<QString> seen;
    qint64 words = 0;
    for (const QStringList& row : rows) {
        const QString value = row.value(column.index).trimmed();
        if (value.isEmpty())
            continue;
        ++stats.nonEmpty;
        if (scale.isValid() &&
            parseScoreAnswer(value, scale).status != ScoreAnswer::Status::Invalid)
            ++stats.scores;
        if (parseScoreAnswer(value, {1, 5}).status != ScoreAnswer::Status::Invalid ||
            parseScoreAnswer(value, {1, 7}).status != ScoreAnswer::Status::Invalid)
            ++stats.ratings;
        if (value == column.subAnswer.trimmed())
            ++stats.equalToLabel;
        seen.insert(value.toLower());
        words += value.simplified().count(u' ') + 1;
    }
    stats.distinct = seen.size();
    if (stats.nonEmpty > 0)
        stats.meanWords = double(words) / double(stats.nonEmpty);
    return stats;
}

bool isOpenEnded(const QString& subAnswer) {
    const QString text = subAnswer.trimmed().toLower();
    return text == QLatin1String("open-ended response") ||
           text.contains(QLatin1String("please specify")) ||
           text.startsWith(QLatin1String("other"));
}

bool isSingleAnswer(const QString& subAnswer) {
    const QString text = subAnswer.trimmed().toLower();
    return text.isEmpty() || text == QLatin1String("response");
}

} // namespace

std::vector<SurveyColumn> classifySurveyColumns(const std::vector<SurveyQuestionColumn>& columns,
                                                const std::vector<QStringList>& rows,
                                                const QHash<QString, QuestionChoice>& choices) {
    std::vector<SurveyColumn> result;
    for (const SurveyQuestionColumn& column : columns) {
        SurveyColumn out;
        out.index = column.index;
        out.question = column.question;
        const auto choice = choices.constFind(column.question.trimmed());
        if (choice != choices.constEnd()) {
            out.instrument = choice->instrument;
            out.scale = choice->scale;
            out.isEthics = choice->isEthics;
            out.chosenByUser = true;
            result.push_back(out);
            continue;
        }
        if (isOpenEnded(column.subAnswer)) {
            out.instrument = SurveyInstrument::Comment;
            result.push_back(out);
            continue;
        }
        const SurveyInstrument guess = classifyQuestion(column.question);
        const ScoreScale scale = defaultScale(guess);
        const ValueStats stats = statsOf(column, rows, scale);
        const bool checkBox = !isSingleAnswer(column.subAnswer) && stats.nonEmpty > 0 &&
                              stats.equalToLabel == stats.nonEmpty;
        if (guess != SurveyInstrument::None && !checkBox && stats.nonEmpty > 0 &&
            double(stats.scores) >= kMinScoreShare * double(stats.nonEmpty)) {
            out.instrument = guess;
            out.scale = scale;
        } else if (!checkBox && isSingleAnswer(column.subAnswer) && stats.nonEmpty > 0) {
            const bool commentWording =
                looksLikeCommentQuestion(column.question) && stats.meanWords >= 1.5;
            const bool freeText =
                stats.meanWords >= 4 && double(stats.distinct) >= 0.6 * double(stats.nonEmpty);
            const bool rating = double(stats.ratings) >= kMinScoreShare * double(stats.nonEmpty);
            if ((commentWording || freeText) && !rating)
                out.instrument = SurveyInstrument::Comment;
        }
        result.push_back(out);
    }
    return result;
}

} // namespace pvi
