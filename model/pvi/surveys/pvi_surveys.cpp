#include "pvi/surveys/pvi_surveys.h"

#include "pvi/engine/metric_support.h"
#include "pvi/engine/workspace_settings.h"
#include "pvi/reports/survey_insights.h"
#include "pvi/surveys/survey_scores.h"
#include "pvi/surveys/survey_snapshot.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <functional>

namespace pvi {

namespace {

using Answers = std::vector<const SurveyAnswer*>;

QString noDataReason(const SurveySnapshot& snapshot, const QString& instrument, const QString& what,
                     const Period& period) {
    if (!snapshot.has(instrument))
        return QStringLiteral("import a survey export with %1 to see this").arg(what);
    return QStringLiteral("no survey answers with %1 dated between %2 and %3%4")
        .arg(what, period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate),
             snapshot.undatedAnswers > 0
                 ? QStringLiteral(" (%1 answers have no date and count in no period)")
                       .arg(snapshot.undatedAnswers)
                 : QString());
}

/// Sets the split reason when nobody (or everybody) in the period is personalized.
bool splitPossible(PviResult& result, const SurveySnapshot& snapshot, const Answers& answers) {
    qint64 exposed = 0;
    for (const SurveyAnswer* a : answers)
        exposed += a->exposed ? 1 : 0;
    if (!snapshot.hasRules)
        result.splitReason = QStringLiteral("no personalization rule yet: add one on the Data "
                                            "page or with `pvi rules add`");
    else if (exposed == 0)
        result.splitReason = QStringLiteral("no respondent in the period is a personalized "
                                            "customer (respondents are matched by email)");
    else if (exposed == qint64(answers.size()))
        result.splitReason = QStringLiteral("every respondent in the period is personalized: "
                                            "there is no generic group to compare with");
    return result.splitReason.isEmpty();
}

PviResult csatLike(const SurveySnapshot& snapshot, const QString& id, const Period& period) {
    const Answers answers = snapshot.in(QStringLiteral("csat"), period);
    if (answers.empty())
        return unavailable(id, noDataReason(snapshot, QStringLiteral("csat"),
                                            QStringLiteral("a CSAT question"), period));
    ProportionSummary all, personalized, control;
    for (const SurveyAnswer* a : answers) {
        const bool top = isCsatTopBox(*a->score, a->scaleMax);
        ProportionSummary& group = a->exposed ? personalized : control;
        ++group.n;
        group.conversions += top ? 1 : 0;
    }
    all = personalized + control;
    PviResult result;
    result.id = id;
    result.n = all.n;
    result.value = all.rate() * 100.0;
    result.available = true;
    if (splitPossible(result, snapshot, answers))
        applyRateSplit(result, personalized, control);
    if (id == QLatin1String("csat_uplift")) {
        result.value = result.liftPercent;
        result.available = result.value.has_value();
        if (!result.available)
            result.reason = !result.splitReason.isEmpty()
                                ? result.splitReason
                                : QStringLiteral("no generic respondent gave a top-2-box answer "
                                                 "to compare with");
    }
    return result;
}

PviResult npsLike(const SurveySnapshot& snapshot, const QString& id, const Period& period) {
    const Answers answers = snapshot.in(QStringLiteral("nps"), period);
    if (answers.empty())
        return unavailable(id, noDataReason(snapshot, QStringLiteral("nps"),
                                            QStringLiteral("an NPS question"), period));
    NpsSummary all, personalized, control;
    for (const SurveyAnswer* a : answers) {
        const double score = toNpsScale(*a->score, a->scaleMin, a->scaleMax);
        all.add(score);
        (a->exposed ? personalized : control).add(score);
    }
    PviResult result;
    result.id = id;
    result.n = all.n;
    result.value = all.nps();
    result.available = true;
    if (splitPossible(result, snapshot, answers)) {
        result.personalized = {personalized.nps(), personalized.n};
        result.control = {control.nps(), control.n};
        const NpsDifference diff = npsDifference(control, personalized);
        // The lift of an NPS is its difference in points: a relative change of a score that can
        // be 0 or negative means nothing.
        result.liftPercent = diff.difference.estimate;
        if (diff.difference.defined())
            result.liftCi95 = std::make_pair(*diff.difference.low, *diff.difference.high);
        result.pValue = diff.test.pValue;
    }
    if (id == QLatin1String("nps_uplift")) {
        result.value = result.liftPercent;
        result.available = result.value.has_value();
        if (!result.available)
            result.reason = result.splitReason;
    }
    return result;
}

PviResult meanPvi(const QString& id, const Answers& answers, const SurveySnapshot& snapshot,
                  const std::function<double(const SurveyAnswer&)>& valueOf) {
    MeanSummary all, personalized, control;
    for (const SurveyAnswer* a : answers) {
        const double v = valueOf(*a);
        all.add(v);
        (a->exposed ? personalized : control).add(v);
    }
    PviResult result;
    result.id = id;
    result.n = all.n;
    result.value = all.mean();
    result.available = true;
    if (splitPossible(result, snapshot, answers))
        applyMeanSplit(result, personalized, control);
    return result;
}

PviResult ces(const SurveySnapshot& snapshot, const Period& period, const CesSettings& settings) {
    const QString id = QStringLiteral("ces");
    const Answers answers = snapshot.in(id, period);
    if (answers.empty())
        return unavailable(id,
                           noDataReason(snapshot, id, QStringLiteral("a CES question"), period));
    return meanPvi(id, answers, snapshot, [&](const SurveyAnswer& a) {
        return cesValue(*a.score, a.scaleMin, a.scaleMax, settings.min, settings.max,
                        settings.higherIsEasier);
    });
}

PviResult ethics(const SurveySnapshot& snapshot, const Period& period) {
    const QString id = QStringLiteral("personalization_ethics_score");
    Answers answers;
    bool anyEthics = false;
    for (const SurveyAnswer& a : snapshot.answers) {
        if (!a.isEthics || !a.score)
            continue;
        anyEthics = true;
        if (a.date.isValid() && a.date >= period.from && a.date <= period.to)
            answers.push_back(&a);
    }
    if (answers.empty())
        return unavailable(
            id, anyEthics
                    ? QStringLiteral("no answers to the personalization-ethics questions "
                                     "dated between %1 and %2")
                          .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate))
                    : QStringLiteral("import a survey export and mark its questions about "
                                     "transparency, control and fairness of "
                                     "personalization to see this (Data › Survey questions, "
                                     "or pvi surveys mark WS \"QUESTION\" --ethics)"));
    return meanPvi(id, answers, snapshot, [](const SurveyAnswer& a) {
        return likertPercent(*a.score, a.scaleMin, a.scaleMax);
    });
}

PviResult sentiment(const SurveySnapshot& snapshot, const Period& period) {
    const QString id = QStringLiteral("comment_sentiment");
    const Answers answers = snapshot.in(QStringLiteral("comment"), period);
    if (answers.empty())
        return unavailable(id, noDataReason(snapshot, QStringLiteral("comment"),
                                            QStringLiteral("free-text comments"), period));
    PviResult result = meanPvi(id, answers, snapshot, [](const SurveyAnswer& a) {
        return commentSentiment(a.comment).score;
    });
    // A relative change of a score centred on 0 means nothing: the groups' means and the
    // p-value stay, the lift does not.
    result.liftPercent.reset();
    result.liftCi95.reset();
    const SentimentSummary summary = summarizeSentiment(answers, kSentimentThemes);
    for (const SentimentClass& c : summary.classes) {
        SegmentValue segment;
        segment.id = c.id;
        segment.name = c.name;
        segment.value = c.sharePercent;
        segment.n = c.comments;
        segment.personalized = c.personalized;
        segment.control = c.control;
        result.segments.push_back(segment);
    }
    for (const SentimentClass& c : summary.classes) {
        for (const ThemeCount& theme : c.themes)
            result.segments.push_back({QStringLiteral("theme:%1:%2").arg(c.id, theme.term),
                                       theme.term,
                                       double(theme.comments),
                                       c.comments,
                                       {},
                                       {}});
    }
    return result;
}

} // namespace

CesSettings CesSettings::load(Workspace& workspace) {
    CesSettings settings;
    try {
        CesSettings read = settings;
        read.min = numberSetting(workspace, QStringLiteral("ces_scale_min"));
        read.max = numberSetting(workspace, QStringLiteral("ces_scale_max"));
        read.higherIsEasier = settingOrDefault(workspace, QStringLiteral("ces_higher_is_easier")) !=
                              QLatin1String("0");
        if (read.max > read.min)
            settings = read;
    } catch (const DbError&) {
        // Defaults.
    }
    return settings;
}

PviResult computeSurveyPvi(const SurveySnapshot& snapshot, const QString& id, const Period& period,
                           const CesSettings& cesSettings) {
    if (!period.isValid())
        return unavailable(id, QStringLiteral("the period is not a valid date range"));
    if (id == QLatin1String("csat") || id == QLatin1String("csat_uplift"))
        return csatLike(snapshot, id, period);
    if (id == QLatin1String("nps") || id == QLatin1String("nps_uplift"))
        return npsLike(snapshot, id, period);
    if (id == QLatin1String("ces"))
        return ces(snapshot, period, cesSettings);
    if (id == QLatin1String("comment_sentiment"))
        return sentiment(snapshot, period);
    if (id == QLatin1String("personalization_ethics_score"))
        return ethics(snapshot, period);
    return unavailable(id, QStringLiteral("unknown PVI '%1'").arg(id));
}

} // namespace pvi
