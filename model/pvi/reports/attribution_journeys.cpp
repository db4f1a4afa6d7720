#include "pvi/reports/attribution_journeys.h"

#include "analytics/attribution/journey_workspace_loader.h"
#include "analytics/attribution/order_journey_builder.h"
#include "analytics/attribution/traffic_channel.h"
#include "io/timestamp.h"
#include "pvi/email/email_campaign_rates.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/workspace_settings.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi/reports/ga4_path_selection.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <algorithm>
#include <unordered_map>

namespace pvi {

namespace {

QStringList landingPrefixes(const std::vector<PersonalizationRule>& rules) {
    QStringList prefixes;
    for (const PersonalizationRule& rule : rules) {
        if (rule.kind == u"landing-page-prefix")
            prefixes.append(rule.pattern.trimmed());
    }
    return prefixes;
}

struct OrderRows {
    std::vector<OrderTouchSource> orders;
    bool anyTraffic = false;
    QString error;
};

OrderRows readOrders(Workspace& workspace, const std::vector<PersonalizationRule>& rules) {
    OrderRows rows;
    std::unordered_map<qint64, bool> matches;
    const OrderSnapshot snapshot = OrderSnapshot::load(workspace);
    for (const SnapshotOrder& o : snapshot.orders)
        matches[o.id] = o.matchesRule;
    const QStringList prefixes = landingPrefixes(rules);
    std::vector<OrderTraffic> traffic;
    std::vector<QString> salesChannels;
    Statement stmt = workspace.db().prepare(
        "SELECT id, coalesce(customer_id, 0), created_at, net_revenue, coalesce(channel, ''), "
        "coalesce(landing_site, ''), coalesce(referring_site, ''), coalesce(utm_source, ''), "
        "coalesce(utm_medium, ''), coalesce(utm_campaign, '') FROM orders WHERE is_valid = 1 "
        "ORDER BY id");
    while (stmt.step()) {
        const auto at = parseUtcInstant(stmt.columnText(2));
        if (!at) {
            rows.error = QStringLiteral("orders row %1: created_at '%2' is not a timestamp")
                             .arg(stmt.columnInt64(0))
                             .arg(stmt.columnText(2));
            return rows;
        }
        OrderTouchSource order;
        order.orderId = stmt.columnInt64(0);
        order.customerId = stmt.columnInt64(1);
        order.at = *at;
        order.value = stmt.columnDouble(3);
        const OrderTraffic t{stmt.columnText(5), stmt.columnText(6), stmt.columnText(7),
                             stmt.columnText(8), stmt.columnText(9)};
        const auto found = matches.find(order.orderId);
        order.personalized = (found != matches.end() && found->second) ||
                             landingUnderPrefix(t.landingSite, prefixes);
        rows.anyTraffic = rows.anyTraffic || !t.isEmpty();
        traffic.push_back(t);
        salesChannels.push_back(stmt.columnText(4).trimmed());
        rows.orders.push_back(order);
    }
    for (std::size_t i = 0; i < rows.orders.size(); ++i) {
        QString channel = rows.anyTraffic ? trafficChannel(traffic[i]) : salesChannels[i];
        rows.orders[i].channel = channel.isEmpty() ? QStringLiteral("unknown") : channel;
    }
    return rows;
}

std::vector<EmailClickSource> readClicks(Workspace& workspace,
                                         const std::vector<PersonalizationRule>& rules,
                                         qint64& unreadable) {
    std::vector<EmailClickSource> clicks;
    Statement stmt =
        workspace.db().prepare("SELECT coalesce(customer_id, 0), email, occurred_at, "
                               "campaign_name FROM email_events WHERE event = 'click' ORDER BY id");
    while (stmt.step()) {
        const auto at = parseUtcInstant(stmt.columnText(2));
        if (!at) {
            ++unreadable;
            continue;
        }
        clicks.push_back({stmt.columnInt64(0), stmt.columnText(1), *at,
                          campaignMatchesRules(stmt.columnText(3), rules)});
    }
    return clicks;
}

JourneyLoadResult loadGa4PathJourneys(Workspace& workspace) {
    JourneyLoadResult result;
    const Ga4PathSelection selection = selectGa4Paths(workspace.db());
    if (selection.paths.empty()) {
        result.error = QStringLiteral("the workspace has no GA4 conversion paths: import a GA4 "
                                      "Advertising › Attribution › Conversion paths download");
        return result;
    }
    result.notes << selection.note
                 << QStringLiteral(
                        "GA4 lists converting paths only: every Markov walk converts, so a "
                        "channel's removal effect is the share of conversions whose path passes "
                        "through it (exactly so when no path returns to a channel it left)");
    result.journeys =
        ga4PathJourneys(selection.paths, landingPrefixes(PersonalizationRules::list(workspace)));
    return result;
}

} // namespace

int attributionLookbackDays(Workspace& workspace) {
    return int(numberSetting(workspace, QStringLiteral("attribution_lookback_days")));
}

QString attributionSourceId(AttributionSource source) {
    switch (source) {
    case AttributionSource::Touchpoints:
        return QStringLiteral("touchpoints");
    case AttributionSource::Ga4Paths:
        return QStringLiteral("ga4-paths");
    case AttributionSource::Orders:
        return QStringLiteral("orders");
    case AttributionSource::Automatic:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<AttributionSource> attributionSourceFromId(const QString& id) {
    for (const AttributionSource source :
         {AttributionSource::Automatic, AttributionSource::Touchpoints, AttributionSource::Ga4Paths,
          AttributionSource::Orders}) {
        if (attributionSourceId(source) == id)
            return source;
    }
    return std::nullopt;
}

JourneyLoadResult loadAttributionJourneys(Workspace& workspace, AttributionSource source) {
    JourneyLoadResult result;
    try {
        Database& db = workspace.db();
        const bool haveTouchpoints = db.queryInt("SELECT EXISTS (SELECT 1 FROM touchpoints) OR "
                                                 "EXISTS (SELECT 1 FROM conversions)") != 0;
        const bool haveGa4Paths =
            db.queryInt("SELECT EXISTS (SELECT 1 FROM ga4_conversion_paths)") != 0;
        if (source == AttributionSource::Automatic)
            source = haveTouchpoints ? AttributionSource::Touchpoints
                     : haveGa4Paths  ? AttributionSource::Ga4Paths
                                     : AttributionSource::Orders;
        if (source == AttributionSource::Touchpoints) {
            if (!haveTouchpoints)
                result.error = QStringLiteral("the workspace has no touchpoints or conversions");
            return haveTouchpoints ? loadJourneysFromWorkspace(workspace) : result;
        }
        if (source == AttributionSource::Ga4Paths)
            return loadGa4PathJourneys(workspace);
        const std::vector<PersonalizationRule> rules = PersonalizationRules::list(workspace);
        OrderRows orders = readOrders(workspace, rules);
        if (!orders.error.isEmpty()) {
            result.error = orders.error;
            return result;
        }
        qint64 unreadable = 0;
        std::vector<EmailClickSource> clicks = readClicks(workspace, rules, unreadable);
        const int lookback = attributionLookbackDays(workspace);
        if (orders.anyTraffic) {
            result.notes << QStringLiteral(
                "each valid order is a journey ending with its visit, channel from the order's "
                "landing site, referrer and UTM fields");
        } else {
            result.notes << QStringLiteral(
                "no order has a landing site, referrer or UTM fields: each order's visit is its "
                "sales channel (a weak signal; import orders with those fields or touchpoints)");
        }
        result.notes << QStringLiteral("%1 email clicks as Email touches (clicks up to %2 days "
                                       "before an order count for it)")
                            .arg(clicks.size())
                            .arg(lookback);
        if (unreadable > 0)
            result.notes << QStringLiteral("%1 email clicks without a readable time were left out")
                                .arg(unreadable);
        result.journeys = buildOrderJourneys(std::move(orders.orders), std::move(clicks), lookback);
    } catch (const DbError& e) {
        result.error = e.message();
        result.journeys.clear();
    }
    return result;
}

} // namespace pvi
