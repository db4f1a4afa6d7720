#include "analytics/attribution/journey_workspace_loader.h"

#include "io/timestamp.h"
#include "io/value_parsers.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <map>
#include <optional>

namespace pvi {

namespace {

QString badTime(const char* table, std::int64_t id, const char* column, const QString& text) {
    return QStringLiteral("%1 row %2: %3 '%4' is not a timestamp")
        .arg(QLatin1String(table))
        .arg(id)
        .arg(QLatin1String(column), text);
}

QString readTables(Database& db, std::map<QString, Journey>& journeys) {
    Statement touches = db.prepare("SELECT id, journey_key, touched_at, channel, personalized "
                                   "FROM touchpoints ORDER BY journey_key, touched_at, id");
    while (touches.step()) {
        const QString key = touches.columnText(1);
        const auto at = parseUtcInstant(touches.columnText(2));
        if (!at)
            return badTime("touchpoints", touches.columnInt64(0), "touched_at",
                           touches.columnText(2));
        Journey& journey = journeys[key];
        journey.key = key;
        journey.touches.push_back({touches.columnText(3), *at, touches.columnInt64(4) != 0});
    }
    Statement conversions = db.prepare(
        "SELECT id, journey_key, converted, converted_at, value FROM conversions ORDER BY id");
    while (conversions.step()) {
        const QString key = conversions.columnText(1);
        Journey& journey = journeys[key];
        journey.key = key;
        if (conversions.columnInt64(2) == 0)
            continue;
        if (journey.converted) {
            return QStringLiteral("conversions row %1: journey '%2' converts a second time")
                .arg(conversions.columnInt64(0))
                .arg(key);
        }
        journey.converted = true;
        journey.value = conversions.columnDouble(4);
        if (!conversions.isNull(3) && !conversions.columnText(3).trimmed().isEmpty()) {
            const auto at = parseUtcInstant(conversions.columnText(3));
            if (!at)
                return badTime("conversions", conversions.columnInt64(0), "converted_at",
                               conversions.columnText(3));
            journey.convertedAt = *at;
        }
    }
    return {};
}

QString readOrders(Database& db, std::map<QString, Journey>& journeys) {
    Statement orders = db.prepare("SELECT id, created_at, net_revenue, channel FROM orders "
                                  "WHERE is_valid = 1 ORDER BY id");
    while (orders.step()) {
        const std::int64_t id = orders.columnInt64(0);
        const auto at = parseUtcInstant(orders.columnText(1));
        if (!at)
            return badTime("orders", id, "created_at", orders.columnText(1));
        QString channel = orders.isNull(3) ? QString() : orders.columnText(3).trimmed();
        if (channel.isEmpty())
            channel = QStringLiteral("unknown");
        // zero-padded so that the keys sort in order id order
        const QString key = QStringLiteral("order:%1").arg(id, 12, 10, QLatin1Char('0'));
        Journey& journey = journeys[key];
        journey.key = key;
        journey.touches.push_back({channel, *at, false});
        journey.converted = true;
        journey.convertedAt = *at;
        journey.value = orders.columnDouble(2);
    }
    return {};
}

} // namespace

JourneyLoadResult loadJourneysFromWorkspace(Workspace& workspace) {
    JourneyLoadResult result;
    std::map<QString, Journey> journeys;
    try {
        Database& db = workspace.db();
        const bool haveTables = db.queryInt("SELECT EXISTS (SELECT 1 FROM touchpoints) OR "
                                            "EXISTS (SELECT 1 FROM conversions)") != 0;
        if (haveTables) {
            result.notes << QStringLiteral("journeys from the workspace's touchpoints and "
                                           "conversions");
            result.error = readTables(db, journeys);
        } else {
            result.notes << QStringLiteral(
                "no touchpoints imported: each valid order is a journey with one touch, its "
                "sales channel (a weak signal; import touchpoints for multi-touch attribution)");
            result.error = readOrders(db, journeys);
        }
    } catch (const DbError& e) {
        result.error = e.message();
    }
    if (!result.error.isEmpty())
        return result;
    for (auto& entry : journeys)
        result.journeys.push_back(std::move(entry.second));
    return result;
}

} // namespace pvi
