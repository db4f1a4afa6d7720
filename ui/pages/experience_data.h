#pragma once

#include "pvi/engine/pvi_result.h"
#include "pvi/reports/survey_insights.h"
#include "stats/stat_results.h"

#include <QString>

#include <vector>

namespace pvi {

/// One group's score in the period with its 95% interval (NPS: normal interval of the
/// promoter/detractor difference; CSAT: Wilson interval of the top-2-box share; CES and the
/// ethics score: t interval of the mean) and its n.
struct ScoreEstimate {
    Interval interval;
    qint64 n = 0;
};

/// The score of all respondents, of the personalized and of the generic ones.
struct GroupEstimates {
    ScoreEstimate all, personalized, generic;
};

/// One survey instrument (NPS, CSAT or CES) on the Customer experience page.
struct ExperienceInstrument {
    QString id;                        ///< "nps", "csat", "ces"
    QString title;                     ///< "NPS", "CSAT", "CES"
    double scaleMin = 0, scaleMax = 0; ///< the range of its value (NPS −100–100, CSAT 0–100, …)
    PviResult result;                  ///< the PVI for the period (or why not available)
    std::vector<ScoreCount> distribution; ///< answers per score in the period
    std::vector<MonthlyScore> trend;      ///< per month, up to 12 months ending with the period
    GroupEstimates groups;
};

/// Everything the Customer experience page shows for one period.
struct ExperienceData {
    Period period; ///< the filter's period, resolved on the latest survey answer
    bool hasRules = false;
    qint64 undatedAnswers = 0;
    std::vector<ExperienceInstrument> instruments; ///< NPS, CSAT, CES
    PviResult sentiment;                           ///< comment_sentiment
    SentimentSummary sentimentSummary;             ///< classes with their themes
    PviResult ethics;                              ///< personalization_ethics_score
    GroupEstimates ethicsGroups;
    /// Why the page has nothing to show (no workspace, no survey data); empty otherwise.
    QString error;
};

} // namespace pvi
