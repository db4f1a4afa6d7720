#pragma once

// engagement_score (family Engagement of docs/pvi-catalogue.md): per customer 0–100, the weighted,
// normalized sum of the customer's web visits, email opens, email clicks, valid orders and survey
// responses in the period; the PVI is the mean over the customers with any of these in the period,
// split by exposure and broken down by RFM segment.

#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_definition.h"
#include "pvi/engine/pvi_result.h"

#include <QString>

#include <array>
#include <vector>

namespace pvi {

class Workspace;
struct OrderSnapshot;

/// The activity channels engagement_score counts, in this order.
enum class EngagementChannel { WebVisits, EmailOpens, EmailClicks, Orders, SurveyResponses };
/// The number of channels.
inline constexpr std::size_t kEngagementChannelCount = 5;

/// One weight per channel (settings `engagement_weight_<channel>`).
using EngagementWeights = std::array<double, kEngagementChannelCount>;
/// Per channel: whether the workspace holds any data of that kind.
using EngagementChannels = std::array<bool, kEngagementChannelCount>;

/// The setting key of a channel's weight, e.g. "engagement_weight_email_clicks".
QString engagementWeightKey(EngagementChannel channel);
/// The default weights: web visits 1, email opens 1, email clicks 2, orders 3, survey responses 1.
EngagementWeights defaultEngagementWeights();
/// The workspace's weights; a missing, unreadable or negative setting keeps the default.
EngagementWeights engagementWeights(Workspace& workspace);

/// One customer's activity in a period, counted per channel.
struct CustomerActivity {
    qint64 customerId = 0;
    std::array<qint64, kEngagementChannelCount> counts{};
};

/// Each customer's score in [0, 100]: 100 × Σ w·(count / the channel's maximum count over
/// `customers`) / Σ w, the sums over the channels with data (a channel whose maximum is 0
/// contributes 0). Empty when no channel with data has a positive weight.
std::vector<double> engagementScores(const std::vector<CustomerActivity>& customers,
                                     const EngagementChannels& withData,
                                     const EngagementWeights& weights);

/// The activity engagement_score reads, loaded once: per customer and day, the web visits,
/// email opens and clicks and survey responses (orders come from the snapshot), and the weights.
struct EngagementFacts {
    struct Activity {
        qint64 customerId = 0;
        qint64 day = 0; ///< Julian day; 0 when the row has no date (never in a period)
        EngagementChannel channel = EngagementChannel::Orders;
        qint64 count = 0;
    };
    std::vector<Activity> activity; ///< by day
    EngagementChannels withData{};
    EngagementWeights weights{};

    /// Loads the facts (one query per table, no per-period query). Throws DbError.
    static EngagementFacts load(Workspace& workspace, const OrderSnapshot& snapshot);
};

/// engagement_score for one period (no previous value).
PviResult engagementScore(const EngagementFacts& facts, const OrderSnapshot& snapshot,
                          const Period& period);
/// The same, loading the facts first. Throws DbError.
PviResult engagementScore(Workspace& workspace, const OrderSnapshot& snapshot,
                          const Period& period);

} // namespace pvi
