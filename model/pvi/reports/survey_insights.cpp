#include "pvi/reports/survey_insights.h"

#include "pvi/surveys/pvi_surveys.h"
#include "pvi/surveys/survey_scores.h"
#include "pvi/surveys/survey_snapshot.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace pvi {

namespace {

struct ClassInfo {
    CommentSentiment::Polarity polarity;
    const char* id;
    const char* name;
};

constexpr ClassInfo kClasses[] = {
    {CommentSentiment::Polarity::Positive, "positive", "Positive"},
    {CommentSentiment::Polarity::Neutral, "neutral", "Neutral"},
    {CommentSentiment::Polarity::Negative, "negative", "Negative"},
};

/// An instrument's value over a group of answers.
class GroupScore {
public:
    GroupScore(QString instrument, const CesSettings& ces)
        : m_instrument(std::move(instrument))
        , m_ces(ces) {}
    void add(const SurveyAnswer& a) {
        ++m_n;
        if (m_instrument == QLatin1String("nps")) {
            m_nps.add(toNpsScale(*a.score, a.scaleMin, a.scaleMax));
        } else if (m_instrument == QLatin1String("csat")) {
            m_sum += isCsatTopBox(*a.score, a.scaleMax) ? 100.0 : 0.0;
        } else if (m_instrument == QLatin1String("ces")) {
            m_sum += cesValue(*a.score, a.scaleMin, a.scaleMax, m_ces.min, m_ces.max,
                              m_ces.higherIsEasier);
        } else {
            m_sum += likertPercent(*a.score, a.scaleMin, a.scaleMax);
        }
    }
    GroupValue value() const {
        GroupValue v{std::nullopt, m_n};
        if (m_n > 0)
            v.value = m_instrument == QLatin1String("nps") ? m_nps.nps() : m_sum / double(m_n);
        return v;
    }

private:
    QString m_instrument;
    CesSettings m_ces;
    NpsSummary m_nps;
    double m_sum = 0;
    qint64 m_n = 0;
};

} // namespace

CommentSentiment commentSentiment(const QString& comment) {
    return SentimentLexicon::bundled().score(comment);
}

SentimentSummary summarizeSentiment(const std::vector<const SurveyAnswer*>& comments,
                                    int topThemes) {
    SentimentSummary summary;
    const SentimentLexicon& lexicon = SentimentLexicon::bundled();
    qint64 counts[3] = {0, 0, 0}, personalized[3] = {0, 0, 0}, control[3] = {0, 0, 0};
    qint64 personalizedAll = 0, controlAll = 0;
    QHash<QString, qint64> themes[3];
    double sum = 0;
    for (const SurveyAnswer* a : comments) {
        const CommentSentiment s = lexicon.score(a->comment);
        const int k = s.polarity == CommentSentiment::Polarity::Positive  ? 0
                      : s.polarity == CommentSentiment::Polarity::Neutral ? 1
                                                                          : 2;
        ++counts[k];
        ++(a->exposed ? personalized[k] : control[k]);
        ++(a->exposed ? personalizedAll : controlAll);
        sum += s.score;
        for (const QString& term : lexicon.themeTerms(a->comment))
            ++themes[k][term];
    }
    summary.comments = qint64(comments.size());
    summary.meanScore = summary.comments > 0 ? sum / double(summary.comments) : 0.0;
    for (int k = 0; k < 3; ++k) {
        SentimentClass c;
        c.id = QString::fromLatin1(kClasses[k].id);
        c.name = QString::fromLatin1(kClasses[k].name);
        c.comments = counts[k];
        c.sharePercent =
            summary.comments > 0 ? double(counts[k]) / double(summary.comments) * 100.0 : 0.0;
        c.personalized.n = personalizedAll;
        if (personalizedAll > 0)
            c.personalized.value = double(personalized[k]) / double(personalizedAll) * 100.0;
        c.control.n = controlAll;
        if (controlAll > 0)
            c.control.value = double(control[k]) / double(controlAll) * 100.0;
        for (auto it = themes[k].cbegin(); it != themes[k].cend(); ++it)
            c.themes.push_back({it.key(), it.value()});
        std::sort(c.themes.begin(), c.themes.end(), [](const ThemeCount& a, const ThemeCount& b) {
            return a.comments != b.comments ? a.comments > b.comments : a.term < b.term;
        });
        if (c.themes.size() > std::size_t(std::max(0, topThemes)))
            c.themes.resize(std::size_t(std::max(0, topThemes)));
        summary.classes.push_back(c);
    }
    return summary;
}

SentimentSummary sentimentSummary(const SurveySnapshot& snapshot, const Period& period,
                                  int topThemes) {
    return summarizeSentiment(snapshot.in(QStringLiteral("comment"), period), topThemes);
}

std::vector<ScoreCount> scoreDistribution(const SurveySnapshot& snapshot, const QString& instrument,
                                          const Period& period) {
    std::map<double, ScoreCount> byScore;
    for (const SurveyAnswer* a : snapshot.in(instrument, period)) {
        if (!a->score)
            continue;
        ScoreCount& entry = byScore[*a->score];
        entry.score = *a->score;
        ++entry.all;
        ++(a->exposed ? entry.personalized : entry.control);
    }
    std::vector<ScoreCount> result;
    for (const auto& [score, entry] : byScore)
        result.push_back(entry);
    return result;
}

std::vector<MonthlyScore> surveyMonthlyTrend(const SurveySnapshot& snapshot,
                                             const QString& instrument, const CesSettings& ces) {
    struct Month {
        GroupScore all, personalized, control;
    };
    std::map<QDate, Month> months;
    for (const SurveyAnswer& a : snapshot.answers) {
        if (a.instrument != instrument || !a.score || !a.date.isValid())
            continue;
        const QDate month(a.date.year(), a.date.month(), 1);
        auto it = months.find(month);
        if (it == months.end())
            it = months
                     .emplace(month, Month{GroupScore(instrument, ces), GroupScore(instrument, ces),
                                           GroupScore(instrument, ces)})
                     .first;
        it->second.all.add(a);
        (a.exposed ? it->second.personalized : it->second.control).add(a);
    }
    std::vector<MonthlyScore> result;
    for (const auto& [month, m] : months)
        result.push_back({month, m.all.value(), m.personalized.value(), m.control.value()});
    return result;
}

} // namespace pvi
