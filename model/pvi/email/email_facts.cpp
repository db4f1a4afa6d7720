#include "pvi/email/email_facts.h"

#include "pvi/engine/iso_date_text.h"
#include "pvi/orders/order_snapshot.h"
#include "store/db_error.h"
#include "store/email_delivery_runs.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace pvi {

namespace {

// Every campaign of the exports, whatever its date: a period is a filter in memory.
constexpr const char* kExportCampaignsSql = R"sql(
SELECT platform, campaign_key, name, send_date, coalesce(delivered, 0),
       coalesce(unique_opens, 0), coalesce(unique_clicks, 0), coalesce(unsubscribes, 0), orders,
       ab_group, ab_arm, bounces, recipients
  FROM email_campaigns
)sql";

// The deliveries whose click led to a valid order of the clicking customer within
// kEmailAttributionDays, in one pass over the clicks (email_clicks' primary-key order, the orders
// through the orders_customer_date index) instead of a look-up per clicked delivery. Used when
// no order snapshot can tell (convertedDeliveries).
constexpr const char* kConvertedSql = R"sql(
SELECT DISTINCT c.campaign_no, c.recipient_no
  FROM email_clicks c
 WHERE EXISTS (SELECT 1 FROM orders o
                WHERE o.customer_id = c.customer_id AND o.is_valid = 1
                  AND o.order_date BETWEEN c.click_date AND date(c.click_date, ?1))
)sql";

constexpr const char* kClicksSql =
    "SELECT campaign_no, recipient_no, click_date, customer_id FROM email_clicks";

constexpr const char* kCampaignNumbersSql =
    "SELECT campaign_no, platform, campaign_key FROM email_fact_campaigns";
constexpr const char* kNameNumbersSql = "SELECT name_no, name FROM email_fact_names";

constexpr const char* kAudienceSql = R"sql(
SELECT status, CAST(julianday(optin_date) + 0.5 AS INTEGER),
       CAST(julianday(change_date) + 0.5 AS INTEGER), coalesce(campaign, '')
  FROM audience
)sql";

/// A campaign counted from its per-recipient events while they stream in.
struct EventCampaign {
    std::string platform, key, minName, maxName;
    qint64 firstSentDay = 0, firstEventDay = 0;
    qint64 recipients = 0, withSent = 0, opens = 0, clicks = 0, unsubscribes = 0, bounces = 0;
    /// Its deliveries: [begin, end) ranges of indices into EmailFacts::deliveries, one per run of
    /// its rows (the rows come by day, then campaign: one run per day it was sent on).
    std::vector<std::pair<std::size_t, std::size_t>> deliveries;
};

std::string joinKey(std::string_view platform, std::string_view value) {
    std::string key(platform);
    key += '\x1f';
    key += value;
    return key;
}

/// What a numbering table gives: a campaign's platform and key, or a campaign name.
template <typename Text> using Numbered = std::unordered_map<qint64, Text>;

/// The entry numbered `number`; a number its table does not hold (a workspace edited by hand) is
/// an error, not an empty name.
template <typename Text>
const Text& numbered(const Numbered<Text>& texts, qint64 number, const char* table) {
    const auto it = texts.find(number);
    if (it == texts.end())
        throw DbError(QStringLiteral("email_deliveries names number %1, which %2 does not hold")
                          .arg(number)
                          .arg(QLatin1String(table)));
    return it->second;
}

Numbered<std::pair<std::string, std::string>> readCampaignNumbers(Workspace& workspace) {
    Numbered<std::pair<std::string, std::string>> campaigns;
    Statement stmt = workspace.db().prepare(kCampaignNumbersSql);
    while (stmt.step())
        campaigns.try_emplace(stmt.columnInt64(0), stmt.columnUtf8(1), stmt.columnUtf8(2));
    return campaigns;
}

Numbered<std::string> readNameNumbers(Workspace& workspace) {
    Numbered<std::string> names;
    Statement stmt = workspace.db().prepare(kNameNumbersSql);
    while (stmt.step())
        names.try_emplace(stmt.columnInt64(0), stmt.columnUtf8(1));
    return names;
}

qint64 minDay(qint64 a, qint64 b) {
    return a == 0 ? b : (b == 0 ? a : std::min(a, b));
}

AudienceMember::Status statusFrom(std::string_view text) {
    using S = AudienceMember::Status;
    if (text == "unsubscribed")
        return S::Unsubscribed;
    if (text == "cleaned")
        return S::Cleaned;
    if (text == "suppressed")
        return S::Suppressed;
    if (text == "never_subscribed")
        return S::NeverSubscribed;
    return S::Subscribed;
}

QDate dayToDate(qint64 day) {
    return day > 0 ? QDate::fromJulianDay(day) : QDate();
}

/// Keeps the later of the facts' latest date and `date`.
void noteLatest(EmailFacts& facts, const QDate& date) {
    if (date.isValid() && (!facts.latest.isValid() || date > facts.latest))
        facts.latest = date;
}

/// Export campaigns: every row, and the keys and names that make an event campaign the same.
void loadExportCampaigns(Workspace& workspace, const std::vector<PersonalizationRule>& rules,
                         EmailFacts& facts, std::unordered_set<std::string>& keys,
                         std::unordered_set<std::string>& names) {
    Statement stmt = workspace.db().prepare(kExportCampaignsSql);
    while (stmt.step()) {
        CampaignTotals c;
        c.platform = stmt.columnText(0);
        c.key = stmt.columnText(1);
        c.name = stmt.columnText(2);
        c.sendDate = QDate::fromString(stmt.columnText(3), Qt::ISODate);
        c.delivered = stmt.columnInt64(4);
        c.uniqueOpens = stmt.columnInt64(5);
        c.uniqueClicks = stmt.columnInt64(6);
        c.unsubscribes = stmt.columnInt64(7);
        if (!stmt.isNull(8))
            c.orders = stmt.columnInt64(8);
        c.abGroup = stmt.columnText(9);
        c.abArm = stmt.columnText(10);
        if (!stmt.isNull(11))
            c.bounces = stmt.columnInt64(11);
        if (!stmt.isNull(12))
            c.recipients = stmt.columnInt64(12);
        c.personalized = campaignMatchesRules(c.name, rules);
        keys.insert(joinKey(stmt.columnUtf8(0), stmt.columnUtf8(1)));
        names.insert(joinKey(stmt.columnUtf8(0), stmt.columnUtf8(2)));
        noteLatest(facts, c.sendDate);
        facts.campaigns.push_back(std::move(c));
    }
}

using DeliveryKey = std::pair<qint64, qint64>; // campaign number, recipient number

/// The deliveries (campaign, recipient) whose click led to a valid order of the clicking customer
/// dated from the click's date to kEmailAttributionDays after it, ascending. With an order
/// snapshot whose dates are all YYYY-MM-DD, and clicks dated so too, the orders' days say it:
/// SQLite's comparison of such texts is the comparison of their days. Otherwise, SQL.
std::vector<DeliveryKey> convertedDeliveries(Workspace& workspace, const OrderSnapshot* orders) {
    std::vector<DeliveryKey> converted;
    bool read = false;
    if (orders != nullptr && orders->isoDates) {
        read = true;
        Statement clicks = workspace.db().prepare(kClicksSql);
        while (read && clicks.step()) {
            const std::string_view text = clicks.columnUtf8(2);
            const QDate date = isIsoDateText(text) ? readIsoDate(text) : QDate();
            read = date.isValid();
            const auto customer = orders->customers.find(clicks.columnInt64(3));
            if (!read || customer == orders->customers.end())
                continue;
            const std::vector<qint64>& days = customer->second.days;
            const qint64 day = date.toJulianDay();
            const auto first = std::lower_bound(days.begin(), days.end(), day);
            if (first != days.end() && *first <= day + kEmailAttributionDays)
                converted.emplace_back(clicks.columnInt64(0), clicks.columnInt64(1));
        }
    }
    if (!read) {
        converted.clear();
        Statement clicks = workspace.db().prepare(kConvertedSql);
        clicks.bind(1, QStringLiteral("+%1 days").arg(kEmailAttributionDays));
        while (clicks.step())
            converted.emplace_back(clicks.columnInt64(0), clicks.columnInt64(1));
    }
    std::sort(converted.begin(), converted.end());
    converted.erase(std::unique(converted.begin(), converted.end()), converted.end());
    return converted;
}

/// Recipients × campaigns: the deliveries, and the campaigns known only from their events, in
/// the order of their platform and key.
std::vector<EventCampaign> loadRecipients(Workspace& workspace, EmailFacts& facts,
                                          PersonalizedTouches& touches, OfferReceiptReader& offers,
                                          const std::function<const OrderSnapshot*()>& orders) {
    const auto campaignTexts = readCampaignNumbers(workspace);
    const auto nameTexts = readNameNumbers(workspace);
    std::vector<EventCampaign> campaigns;
    std::unordered_map<qint64, std::size_t> index; // campaign number → campaigns
    const std::string* minName = nullptr;
    const std::string* maxName = nullptr;
    qint64 minNo = 0, maxNo = 0;
    qint64 latestDay = 0;
    // Sized once: growing a vector of millions of deliveries doubles it in memory for a moment.
    facts.deliveries.reserve(static_cast<std::size_t>(packedDeliveryCount(workspace.db())));
    // The clicked deliveries, marked converted or not once every row is read.
    std::vector<std::pair<DeliveryKey, std::size_t>> clicked;
    // The recipient rows as import packed them (email_delivery_runs: by first sent day, then
    // campaign and recipient number), so nothing groups the events again and the deliveries come
    // by day; campaigns and names come as numbers, looked up in memory.
    readDeliveryRuns(workspace.db(), [&](const DeliveryRun& run) {
        const qint64 campaignNo = run.campaignNo;
        const qint64 sentDay = run.firstSentDay;
        const auto [it, inserted] = index.try_emplace(campaignNo, campaigns.size());
        if (inserted) {
            const auto& [platform, key] =
                numbered(campaignTexts, campaignNo, "email_fact_campaigns");
            campaigns.emplace_back();
            campaigns.back().platform = platform;
            campaigns.back().key = key;
        }
        EventCampaign& campaign = campaigns[it->second];
        bool namesSet = false; // whether the run's campaign has been given the current names
        for (const PackedDelivery& row : run.deliveries) {
            if (!minName || row.minNameNo != minNo || row.maxNameNo != maxNo) {
                minNo = row.minNameNo;
                maxNo = row.maxNameNo;
                minName = &numbered(nameTexts, minNo, "email_fact_names");
                maxName = &numbered(nameTexts, maxNo, "email_fact_names");
                namesSet = false;
            }
            // A run's rows share their campaign and nearly always their names: what the names
            // decide is worked out when they change, not per row.
            if (!namesSet) {
                if (campaign.recipients == 0 || *minName < campaign.minName)
                    campaign.minName = *minName;
                if (campaign.recipients == 0 || *maxName > campaign.maxName)
                    campaign.maxName = *maxName;
                touches.setNames(*minName, *maxName);
                offers.setCampaign(campaign.platform, campaign.key, *minName, *maxName);
                namesSet = true;
            }
            touches.add(row.customerId, row.firstDay);
            if (row.customerId != 0)
                offers.add(row.customerId, sentDay);
            campaign.firstSentDay = minDay(campaign.firstSentDay, sentDay);
            campaign.firstEventDay = minDay(campaign.firstEventDay, row.firstDay);
            latestDay = std::max<qint64>(latestDay, row.lastDay);
            campaign.recipients += 1;
            campaign.opens += row.opened ? 1 : 0;
            campaign.clicks += row.clicked ? 1 : 0;
            campaign.unsubscribes += row.unsubscribed ? 1 : 0;
            campaign.bounces += row.bounced ? 1 : 0;
            if (sentDay == 0)
                continue;
            campaign.withSent += 1;
            const std::size_t at = facts.deliveries.size();
            if (campaign.deliveries.empty() || campaign.deliveries.back().second != at)
                campaign.deliveries.emplace_back(at, at);
            ++campaign.deliveries.back().second;
            EmailDelivery d;
            d.recipient = static_cast<std::uint64_t>(row.recipientNo);
            d.day = sentDay;
            d.opened = row.opened;
            d.unsubscribed = row.unsubscribed;
            if (row.clicked)
                clicked.push_back({{campaignNo, row.recipientNo}, at});
            d.customerId = row.customerId;
            facts.deliveries.push_back(d);
        }
    });
    noteLatest(facts, dayToDate(latestDay));
    if (facts.anyValidOrders && !clicked.empty()) {
        const std::vector<DeliveryKey> converted =
            convertedDeliveries(workspace, orders ? orders() : nullptr);
        for (const auto& [key, at] : clicked)
            facts.deliveries[at].converted =
                std::binary_search(converted.begin(), converted.end(), key);
    }
    // In the order of their texts, as the campaigns of a refresh have always been listed.
    std::sort(campaigns.begin(), campaigns.end(),
              [](const EventCampaign& a, const EventCampaign& b) {
                  return std::tie(a.platform, a.key) < std::tie(b.platform, b.key);
              });
    return campaigns;
}

void loadAudience(Workspace& workspace, const std::vector<PersonalizationRule>& rules,
                  EmailFacts& facts) {
    using S = AudienceMember::Status;
    qint64 latestDay = 0;
    Statement stmt = workspace.db().prepare(kAudienceSql);
    while (stmt.step()) {
        AudienceMember m;
        m.status = statusFrom(stmt.columnUtf8(0));
        m.optinDay = stmt.columnInt64(1);
        m.changeDay = stmt.columnInt64(2);
        if (m.status == S::Unsubscribed || m.status == S::Suppressed)
            m.personalizedCause = campaignMatchesRules(stmt.columnText(3), rules);
        latestDay = std::max<qint64>(latestDay, m.changeDay != 0 ? m.changeDay : m.optinDay);
        facts.audience.push_back(m);
    }
    noteLatest(facts, dayToDate(latestDay));
}

} // namespace

EmailFacts EmailFacts::load(Workspace& workspace, const std::vector<PersonalizationRule>& rules,
                            const std::function<const OrderSnapshot*()>& orders) {
    EmailFacts facts;
    facts.anyValidOrders =
        workspace.db().queryInt("SELECT EXISTS (SELECT 1 FROM orders WHERE is_valid = 1)") != 0;
    std::unordered_set<std::string> exportKeys, exportNames;
    loadExportCampaigns(workspace, rules, facts, exportKeys, exportNames);
    PersonalizedTouches touches(rules);
    OfferReceiptReader offers(workspace, rules);
    for (const EventCampaign& e : loadRecipients(workspace, facts, touches, offers, orders)) {
        const QString name = QString::fromStdString(e.minName);
        const bool personalized = campaignMatchesRules(name, rules);
        for (const auto& [begin, end] : e.deliveries)
            for (std::size_t i = begin; i < end; ++i)
                facts.deliveries[i].personalized = personalized;
        // An export campaign and the events of the same campaign share the key when the export
        // gives the platform's campaign id; Mailchimp's campaign list export gives none (its key
        // is "title|send time") while its activity names the campaign by title, so a title the
        // export holds is the same campaign too: its counts come from the export only.
        if (exportKeys.contains(joinKey(e.platform, e.key)) ||
            exportNames.contains(joinKey(e.platform, e.minName)) ||
            exportNames.contains(joinKey(e.platform, e.maxName)))
            continue;
        CampaignTotals c;
        c.platform = QString::fromStdString(e.platform);
        c.key = QString::fromStdString(e.key);
        c.name = name;
        c.sendDate = dayToDate(e.firstSentDay != 0 ? e.firstSentDay : e.firstEventDay);
        c.fromEvents = true;
        // Delivered: recipients with a sent or delivered event, or any event when none says so.
        c.delivered = e.withSent > 0 ? e.withSent : e.recipients;
        c.uniqueOpens = e.opens;
        c.uniqueClicks = e.clicks;
        c.unsubscribes = e.unsubscribes;
        c.bounces = e.bounces;
        c.recipients = e.recipients;
        c.personalized = personalized;
        facts.campaigns.push_back(std::move(c));
    }
    std::sort(facts.campaigns.begin(), facts.campaigns.end(),
              [](const CampaignTotals& a, const CampaignTotals& b) {
                  return std::tie(a.sendDate, a.name) < std::tie(b.sendDate, b.name);
              });
    facts.personalizedTouches = touches.takeDays();
    facts.offerReceipts = offers.take();
    loadAudience(workspace, rules, facts);
    return facts;
}

std::vector<CampaignTotals> EmailFacts::campaignsIn(const Period& period) const {
    std::vector<CampaignTotals> in;
    for (const CampaignTotals& c : campaigns) {
        if (c.sendDate.isValid() && c.sendDate >= period.from && c.sendDate <= period.to)
            in.push_back(c);
    }
    return in;
}

std::span<const EmailDelivery> EmailFacts::deliveriesIn(const Period& period) const {
    const qint64 from = period.from.toJulianDay();
    const qint64 to = period.to.toJulianDay();
    const auto first =
        std::lower_bound(deliveries.begin(), deliveries.end(), from,
                         [](const EmailDelivery& d, qint64 day) { return d.day < day; });
    const auto last =
        std::upper_bound(first, deliveries.end(), to,
                         [](qint64 day, const EmailDelivery& d) { return day < d.day; });
    return {first, last};
}

} // namespace pvi
