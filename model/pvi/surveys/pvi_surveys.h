#pragma once
// Family F (customer experience) from imported surveys: csat, nps, ces, nps_uplift,
// csat_uplift, comment_sentiment and personalization_ethics_score, each split personalized vs
// generic by the respondents' exposure (see SurveySnapshot).

#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_result.h"

#include <QString>

#include <vector>

namespace pvi {

class Workspace;
struct SurveySnapshot;

/// How CES answers are read: the scale the value is reported on and its direction (workspace
/// settings `ces_scale_min`, `ces_scale_max`, `ces_higher_is_easier`; default 1–7, higher =
/// easier). With "lower = easier" answers are reversed, so the reported CES is higher = easier.
struct CesSettings {
    double min = 1;
    double max = 7;
    bool higherIsEasier = true;

    /// The workspace's settings (defaults where unset or unreadable; never throws).
    static CesSettings load(Workspace& workspace);
};

/// One survey PVI for one period (no previous value); unavailable with a reason when its data
/// are missing or the id is not a survey PVI.
PviResult computeSurveyPvi(const SurveySnapshot& snapshot, const QString& id, const Period& period,
                           const CesSettings& ces = {});

/// The number of most frequent themes comment_sentiment lists per sentiment class.
constexpr int kSentimentThemes = 5;

} // namespace pvi
