#pragma once
// What the Customer experience page shows besides the PVIs: score distributions, monthly trends
// per instrument, and the sentiment of comments with their most frequent themes.

#include "pvi/engine/pvi_result.h"
#include "pvi/surveys/sentiment_lexicon.h"

#include <QString>

#include <vector>

namespace pvi {

struct SurveyAnswer;
struct SurveySnapshot;
struct CesSettings;

/// The sentiment of a comment under the bundled lexicon.
CommentSentiment commentSentiment(const QString& comment);

/// A theme term and the number of comments of a class that use it.
struct ThemeCount {
    QString term;
    qint64 comments = 0;
};

/// One sentiment class ("positive", "neutral", "negative") among a set of comments.
struct SentimentClass {
    QString id;
    QString name;
    qint64 comments = 0;
    double sharePercent = 0;
    GroupValue personalized; ///< the class's share among personalized respondents' comments
    GroupValue control;
    std::vector<ThemeCount> themes; ///< most frequent first; ties alphabetical
};

/// Shares, mean score and themes of a set of comments.
struct SentimentSummary {
    qint64 comments = 0;
    double meanScore = 0;
    std::vector<SentimentClass> classes; ///< positive, neutral, negative
};

/// Summarizes comment answers: each comment's class and score (commentSentiment), the shares,
/// and per class the `topThemes` terms used by the most comments.
SentimentSummary summarizeSentiment(const std::vector<const SurveyAnswer*>& comments,
                                    int topThemes);
/// The same for the comments of a period.
SentimentSummary sentimentSummary(const SurveySnapshot& snapshot, const Period& period,
                                  int topThemes = 5);

/// How many answers gave each score, overall and per group.
struct ScoreCount {
    double score = 0;
    qint64 all = 0;
    qint64 personalized = 0;
    qint64 control = 0;
};

/// The distribution of an instrument's answers ("nps", "csat", "ces", "likert") in a period,
/// one entry per score present, ascending.
std::vector<ScoreCount> scoreDistribution(const SurveySnapshot& snapshot, const QString& instrument,
                                          const Period& period);

/// One calendar month of an instrument.
struct MonthlyScore {
    QDate month; ///< first day of the month
    GroupValue all;
    GroupValue personalized;
    GroupValue control;
};

/// The instrument's value per calendar month of the dated answers, oldest first: NPS in points,
/// CSAT as top-2-box percent, CES as mean on the configured scale, Likert as 0–100.
std::vector<MonthlyScore> surveyMonthlyTrend(const SurveySnapshot& snapshot,
                                             const QString& instrument, const CesSettings& ces);

} // namespace pvi
