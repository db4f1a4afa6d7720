#include "pvi/orders/pvi_engagement_score.h"

#include "pvi/engine/metric_support.h"
#include "pvi/engine/pvi_table.h"
#include "pvi/orders/pvi_segments.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>
#include <span>

namespace pvi {

namespace {

using D = PviDefinition::Direction;
using F = PviFamily;
using U = PviUnit;

constexpr const char* kEngagementId = "engagement_score";

constexpr const char* kEngagementData = QT_TRANSLATE_NOOP(
    "PviText", "Any of: orders, email activity, survey responses, touchpoints (per customer)");

constexpr PviRow kEngagementRows[] = {
    {kEngagementId, QT_TRANSLATE_NOOP("PviText", "Engagement score"), U::Score, D::HigherIsBetter,
     F::Engagement, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "How engaged your active customers are, from 0 to 100: a customer who "
                       "visited, opened and clicked your emails, ordered and answered a survey as "
                       "much as your most active customers scores 100. Compare personalized and "
                       "generic customers, and the RFM segments, to see where attention pays off. "
                       "Weights are the workspace settings engagement_weight_web_visits, "
                       "_email_opens, _email_clicks, _orders and _survey_responses."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "Per customer with any activity in the period: 100 × Σ weight × (the customer's count / "
         "the highest count of any customer) / Σ weight, over web visits (imported touchpoints "
         "other than email), email opens, email clicks, valid orders and survey responses in the "
         "period, counting only the channels the workspace has data for (default weights 1, 1, 2, "
         "3, 1). The value is the mean score; personalized = exposed by the period's end."),
     kEngagementData},
};

constexpr std::array<const char*, kEngagementChannelCount> kChannelKeys = {
    "web_visits", "email_opens", "email_clicks", "orders", "survey_responses"};

std::size_t index(EngagementChannel channel) {
    return static_cast<std::size_t>(channel);
}

// The activity of each channel stored in a table, per customer and day (and campaign, for the
// e-mails); orders come from the snapshot. Read once per refresh, then every period is a range of
// days in memory.
constexpr const char* kTouchpointsSql = R"sql(
SELECT customer_id, CAST(julianday(substr(touched_at, 1, 10)) + 0.5 AS INTEGER), count(*)
  FROM touchpoints WHERE customer_id IS NOT NULL AND lower(channel) NOT LIKE '%email%'
 GROUP BY 1, 2
)sql";
// Opens and clicks from the facts derived at import time (email_engagement_days, its days already
// day numbers), a row per customer, day and campaign as stored: summing a customer-day's campaigns
// in SQL (GROUP BY customer_id, day, in the primary key's order) took 0.45-0.54 s on the large
// shop's 1.24 million rows against 0.08-0.10 s for the rows alone, and activityIn sums them anyway.
constexpr const char* kEmailSql = R"sql(
SELECT customer_id, day, opens, clicks
  FROM email_engagement_days
)sql";
// One row per respondent, not grouped: there are about as many respondents as customer-days, and
// SQLite's grouping by the computed day sorted them all in a temporary b-tree (0.4-0.9 s on the
// large shop's 210,000 respondents, 0.07 s without it). activityIn sums the counts anyway.
constexpr const char* kSurveysSql = R"sql(
SELECT customer_id, CAST(julianday(submitted_date) + 0.5 AS INTEGER), 1
  FROM survey_respondents WHERE customer_id IS NOT NULL
)sql";

void addRows(Workspace& ws, const char* sql, std::initializer_list<EngagementChannel> channels,
             EngagementFacts& facts) {
    Statement stmt = ws.db().prepare(sql);
    while (stmt.step()) {
        int column = 2;
        for (const EngagementChannel channel : channels) {
            const qint64 count = stmt.columnInt64(column++);
            if (count == 0)
                continue;
            facts.withData[index(channel)] = true;
            facts.activity.push_back({stmt.columnInt64(0), stmt.columnInt64(1), channel, count});
        }
    }
}

std::vector<CustomerActivity> activityIn(const EngagementFacts& facts,
                                         const OrderSnapshot& snapshot, const Period& period) {
    // Every count of the period as (customer, channel, count), sorted by customer and summed per
    // customer: one sort instead of a tree node per customer and a tree search per count.
    struct Count {
        qint64 customerId;
        EngagementChannel channel;
        qint64 count;
    };
    const std::span<const SnapshotOrder> orders = ordersIn(snapshot, DayRange::of(period));
    using Row = EngagementFacts::Activity;
    const qint64 from = period.from.toJulianDay();
    const qint64 to = period.to.toJulianDay();
    const auto first = std::lower_bound(facts.activity.begin(), facts.activity.end(), from,
                                        [](const Row& row, qint64 day) { return row.day < day; });
    const auto last = std::upper_bound(first, facts.activity.end(), to,
                                       [](qint64 day, const Row& row) { return day < row.day; });
    std::vector<Count> counts;
    counts.reserve(orders.size() + static_cast<std::size_t>(last - first));
    for (const SnapshotOrder& order : orders) {
        if (order.customerId != 0)
            counts.push_back({order.customerId, EngagementChannel::Orders, 1});
    }
    for (auto it = first; it != last; ++it)
        counts.push_back({it->customerId, it->channel, it->count});
    std::sort(counts.begin(), counts.end(),
              [](const Count& a, const Count& b) { return a.customerId < b.customerId; });
    std::vector<CustomerActivity> customers;
    for (const Count& c : counts) {
        if (customers.empty() || customers.back().customerId != c.customerId)
            customers.push_back({c.customerId, {}});
        customers.back().counts[index(c.channel)] += c.count;
    }
    return customers;
}

/// Mean scores of all, exposed and unexposed customers of one group.
struct ScoreGroups {
    MeanSummary all;
    MeanSummary exposed;
    MeanSummary generic;

    void add(double score, bool isExposed) {
        all.add(score);
        (isExposed ? exposed : generic).add(score);
    }
};

GroupValue meanOf(const MeanSummary& s) {
    return {s.n > 0 ? std::optional<double>(s.mean()) : std::nullopt, s.n};
}

} // namespace

QString engagementWeightKey(EngagementChannel channel) {
    return QStringLiteral("engagement_weight_") + QLatin1String(kChannelKeys[index(channel)]);
}

EngagementWeights defaultEngagementWeights() {
    return {1, 1, 2, 3, 1};
}

EngagementWeights engagementWeights(Workspace& workspace) {
    EngagementWeights weights = defaultEngagementWeights();
    for (std::size_t i = 0; i < kEngagementChannelCount; ++i) {
        const QString text =
            workspace.setting(engagementWeightKey(static_cast<EngagementChannel>(i)));
        bool ok = false;
        const double value = text.toDouble(&ok);
        // Weights are read from a file another program may have written: finite and bounded.
        if (ok && std::isfinite(value) && value >= 0 && value <= 1000)
            weights[i] = value;
    }
    return weights;
}

std::vector<double> engagementScores(const std::vector<CustomerActivity>& customers,
                                     const EngagementChannels& withData,
                                     const EngagementWeights& weights) {
    double weightSum = 0;
    std::array<qint64, kEngagementChannelCount> maxima{};
    for (std::size_t k = 0; k < kEngagementChannelCount; ++k) {
        if (!withData[k])
            continue;
        weightSum += weights[k];
        for (const CustomerActivity& c : customers)
            maxima[k] = std::max(maxima[k], c.counts[k]);
    }
    if (weightSum <= 0)
        return {};
    std::vector<double> scores;
    scores.reserve(customers.size());
    for (const CustomerActivity& c : customers) {
        double sum = 0;
        for (std::size_t k = 0; k < kEngagementChannelCount; ++k) {
            if (withData[k] && maxima[k] > 0)
                sum +=
                    weights[k] * static_cast<double>(c.counts[k]) / static_cast<double>(maxima[k]);
        }
        scores.push_back(100.0 * sum / weightSum);
    }
    return scores;
}

EngagementFacts EngagementFacts::load(Workspace& workspace, const OrderSnapshot& snapshot) {
    EngagementFacts facts;
    // Sized once for the most rows the three reads can give (an e-mail row gives an open and a
    // click at most): growing a vector of over a million entries holds it twice for a moment.
    facts.activity.reserve(static_cast<std::size_t>(workspace.db().queryInt(
        "SELECT 2 * (SELECT count(*) FROM email_engagement_days) + (SELECT count(*) FROM "
        "survey_respondents) + (SELECT count(*) FROM touchpoints)")));
    facts.withData[index(EngagementChannel::Orders)] = !snapshot.customers.empty();
    addRows(workspace, kTouchpointsSql, {EngagementChannel::WebVisits}, facts);
    addRows(workspace, kEmailSql, {EngagementChannel::EmailOpens, EngagementChannel::EmailClicks},
            facts);
    addRows(workspace, kSurveysSql, {EngagementChannel::SurveyResponses}, facts);
    // By day only: a period is a range of days, and activityIn sums each customer's counts of
    // the range after sorting them by customer, so the order within a day changes nothing.
    std::sort(facts.activity.begin(), facts.activity.end(),
              [](const Activity& a, const Activity& b) { return a.day < b.day; });
    facts.weights = engagementWeights(workspace);
    return facts;
}

PviResult engagementScore(Workspace& workspace, const OrderSnapshot& snapshot,
                          const Period& period) {
    return engagementScore(EngagementFacts::load(workspace, snapshot), snapshot, period);
}

PviResult engagementScore(const EngagementFacts& facts, const OrderSnapshot& snapshot,
                          const Period& period) {
    PviResult r;
    r.id = QLatin1String(kEngagementId);
    if (!period.isValid()) {
        r.reason =
            QCoreApplication::translate("pvi::PviReason", "the period is not a valid date range");
        return r;
    }
    const EngagementChannels& withData = facts.withData;
    if (std::none_of(withData.begin(), withData.end(), [](bool b) { return b; })) {
        r.reason = QCoreApplication::translate("pvi::PviReason",
                                               "import orders, email activity, survey responses or "
                                               "touchpoints with customers to see this");
        return r;
    }
    const std::vector<CustomerActivity> customers = activityIn(facts, snapshot, period);
    if (customers.empty()) {
        r.reason =
            QCoreApplication::translate(
                "pvi::PviReason", "no customer ordered, opened or clicked an email, answered a "
                                  "survey or visited between %1 and %2")
                .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
        return r;
    }
    const std::vector<double> scores = engagementScores(customers, withData, facts.weights);
    if (scores.empty()) {
        r.reason = QCoreApplication::translate(
            "pvi::PviReason", "every engagement weight of the channels with data is 0: set "
                              "an engagement_weight_* setting above 0");
        return r;
    }
    const qint64 toDay = period.to.toJulianDay();
    const RfmSegmentLookup segmentOf(snapshot, period.to);
    ScoreGroups overall;
    std::map<int, ScoreGroups> bySegment; // RfmSegment index, −1 = no segment
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const auto customer = snapshot.customers.find(customers[i].customerId);
        const bool exposed =
            customer != snapshot.customers.end() && customer->second.exposedBy(toDay);
        overall.add(scores[i], exposed);
        const std::optional<RfmSegment> segment = segmentOf.of(customers[i].customerId);
        bySegment[segment ? static_cast<int>(*segment) : -1].add(scores[i], exposed);
    }
    r.available = true;
    r.value = overall.all.mean();
    r.n = overall.all.n;
    if (overall.exposed.n > 0 && overall.generic.n > 0) {
        applyMeanSplit(r, overall.exposed, overall.generic);
    } else {
        r.personalized = meanOf(overall.exposed);
        r.control = meanOf(overall.generic);
        r.splitReason = splitUnavailableReason(snapshot);
        if (r.splitReason.isEmpty())
            r.splitReason = overall.exposed.n == 0
                                ? QStringLiteral("no personalized customer was active in the "
                                                 "period")
                                : QStringLiteral("every active customer was personalized");
    }
    for (const auto& [segment, groups] : bySegment) {
        SegmentValue row;
        if (segment < 0) {
            row.id = QStringLiteral("no_orders");
            row.name = QStringLiteral("No orders yet");
        } else {
            row.id = rfmSegmentId(static_cast<RfmSegment>(segment));
            row.name = rfmSegmentName(static_cast<RfmSegment>(segment));
        }
        row.value = groups.all.mean();
        row.n = groups.all.n;
        row.personalized = meanOf(groups.exposed);
        row.control = meanOf(groups.generic);
        r.segments.push_back(row);
    }
    return r;
}

std::span<const PviRow> engagementPviRows() {
    return kEngagementRows;
}

} // namespace pvi
