#include "pages/experience_loader.h"

#include "analytics/surveys/score_intervals.h"
#include "pages/workspace_reader.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/period_filter.h"
#include "pvi/surveys/pvi_surveys.h"
#include "pvi/surveys/survey_scores.h"
#include "pvi/surveys/survey_snapshot.h"
#include "stats/proportion_intervals.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <functional>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// Months of the trend, ending with the period's last month.
constexpr int kExperienceTrendMonths = 12;

using Answers = std::vector<const SurveyAnswer*>;

/// Each group's estimate from `estimate` over its answers.
GroupEstimates groupEstimates(const Answers& answers,
                              const std::function<Interval(const Answers&)>& estimate) {
    Answers personalized, generic;
    for (const SurveyAnswer* a : answers)
        (a->exposed ? personalized : generic).push_back(a);
    GroupEstimates groups;
    groups.all = {estimate(answers), qint64(answers.size())};
    groups.personalized = {estimate(personalized), qint64(personalized.size())};
    groups.generic = {estimate(generic), qint64(generic.size())};
    return groups;
}

Interval npsEstimate(const Answers& answers) {
    NpsSummary s;
    for (const SurveyAnswer* a : answers)
        s.add(toNpsScale(*a->score, a->scaleMin, a->scaleMax));
    return npsInterval(s.n, s.promoters, s.detractors);
}

Interval csatEstimate(const Answers& answers) {
    ProportionSummary s;
    for (const SurveyAnswer* a : answers) {
        ++s.n;
        s.conversions += isCsatTopBox(*a->score, a->scaleMax) ? 1 : 0;
    }
    Interval percent;
    if (s.n == 0)
        return percent;
    const Interval wilson = wilsonInterval(s);
    percent.estimate = s.rate() * 100.0;
    if (wilson.defined()) {
        percent.low = *wilson.low * 100.0;
        percent.high = *wilson.high * 100.0;
    }
    return percent;
}

Interval meanEstimate(const Answers& answers,
                      const std::function<double(const SurveyAnswer&)>& valueOf) {
    MeanSummary s;
    for (const SurveyAnswer* a : answers)
        s.add(valueOf(*a));
    return meanInterval(s);
}

Answers scored(Answers answers) {
    std::erase_if(answers, [](const SurveyAnswer* a) { return !a->score.has_value(); });
    return answers;
}

ExperienceInstrument instrument(const SurveySnapshot& snapshot, const QString& id,
                                const QString& title, const Period& period,
                                const CesSettings& ces) {
    ExperienceInstrument inst;
    inst.id = id;
    inst.title = title;
    inst.result = computeSurveyPvi(snapshot, id, period, ces);
    inst.distribution = scoreDistribution(snapshot, id, period);
    const QDate firstMonth =
        QDate(period.to.year(), period.to.month(), 1).addMonths(-(kExperienceTrendMonths - 1));
    for (const MonthlyScore& m : surveyMonthlyTrend(snapshot, id, ces)) {
        if (m.month >= firstMonth && m.month <= period.to)
            inst.trend.push_back(m);
    }
    const Answers answers = scored(snapshot.in(id, period));
    if (id == u"nps"_s) {
        inst.scaleMin = -100;
        inst.scaleMax = 100;
        inst.groups = groupEstimates(answers, npsEstimate);
    } else if (id == u"csat"_s) {
        inst.scaleMin = 0;
        inst.scaleMax = 100;
        inst.groups = groupEstimates(answers, csatEstimate);
    } else {
        inst.scaleMin = ces.min;
        inst.scaleMax = ces.max;
        inst.groups = groupEstimates(answers, [&ces](const Answers& group) {
            return meanEstimate(group, [&ces](const SurveyAnswer& a) {
                return cesValue(*a.score, a.scaleMin, a.scaleMax, ces.min, ces.max,
                                ces.higherIsEasier);
            });
        });
    }
    return inst;
}

void loadExperienceInto(ExperienceData& data, Workspace& workspace, const PeriodFilter& filter) {
    const SurveySnapshot snapshot = SurveySnapshot::load(workspace);
    if (snapshot.answers.empty()) {
        data.error = QCoreApplication::translate(
            "ExperienceLoader", "No survey data yet: import a Google Forms, SurveyMonkey or "
                                "Typeform export with an NPS, CSAT or CES question or free-text "
                                "comments (File › Import…, or pvi import WS.pvi FILE).");
        return;
    }
    if (!snapshot.lastDate && filter.preset != PeriodFilter::Preset::Custom) {
        data.error = QCoreApplication::translate(
                         "ExperienceLoader",
                         "The %1 imported survey answers have no date, so they count in no period: "
                         "export the survey with its time column (Google Forms' Timestamp, "
                         "SurveyMonkey's End Date, Typeform's Submit Date).")
                         .arg(snapshot.undatedAnswers);
        return;
    }
    // Presets resolve against the same last day of data as on every other page.
    data.period = resolveQuery(workspace, filter).period;
    data.hasRules = snapshot.hasRules;
    data.undatedAnswers = snapshot.undatedAnswers;
    const CesSettings ces = CesSettings::load(workspace);
    data.instruments.push_back(instrument(snapshot, u"nps"_s, u"NPS"_s, data.period, ces));
    data.instruments.push_back(instrument(snapshot, u"csat"_s, u"CSAT"_s, data.period, ces));
    data.instruments.push_back(instrument(snapshot, u"ces"_s, u"CES"_s, data.period, ces));
    data.sentiment = computeSurveyPvi(snapshot, u"comment_sentiment"_s, data.period, ces);
    data.sentimentSummary = sentimentSummary(snapshot, data.period, kSentimentThemes);
    data.ethics = computeSurveyPvi(snapshot, u"personalization_ethics_score"_s, data.period, ces);
    Answers ethics = scored(snapshot.in(u"likert"_s, data.period));
    std::erase_if(ethics, [](const SurveyAnswer* a) { return !a->isEthics; });
    data.ethicsGroups = groupEstimates(ethics, [](const Answers& group) {
        return meanEstimate(group, [](const SurveyAnswer& a) {
            return likertPercent(*a.score, a.scaleMin, a.scaleMax);
        });
    });
}

} // namespace

ExperienceData loadExperience(const QString& workspacePath, const PeriodFilter& filter) {
    ExperienceData data;
    readWorkspace(
        data, workspacePath,
        QCoreApplication::translate("ExperienceLoader", "The survey data could not be read"),
        [&](Workspace& workspace) { loadExperienceInto(data, workspace, filter); });
    return data;
}

} // namespace pvi
