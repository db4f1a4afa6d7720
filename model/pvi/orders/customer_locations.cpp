#include "pvi/orders/customer_locations.h"

#include "pvi/engine/shared_texts.h"
#include "pvi/orders/order_snapshot.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace pvi {

namespace {

/// The index of (country, province) in `places`, added when new.
std::size_t placeIndex(std::vector<CustomerLocations::Place>& places,
                       std::map<std::pair<std::string, std::string>, std::size_t>& index,
                       std::string_view country, std::string_view province) {
    const auto [it, added] =
        index.try_emplace({std::string(country), std::string(province)}, places.size());
    if (added)
        places.push_back(
            {QString::fromUtf8(country.data(), static_cast<qsizetype>(country.size())),
             QString::fromUtf8(province.data(), static_cast<qsizetype>(province.size()))});
    return it->second;
}

// The customers' orders that name a billing country, in SQLite's (date, created at, id) order.
constexpr const char* kPlacedOrdersSql =
    "SELECT customer_id, CAST(julianday(order_date) + 0.5 AS INTEGER), trim(billing_country), "
    "trim(coalesce(billing_province, '')) FROM orders WHERE is_valid = 1 AND customer_id IS NOT "
    "NULL AND julianday(order_date) IS NOT NULL AND trim(coalesce(billing_country, '')) <> '' "
    "ORDER BY order_date, created_at, id";

/// The orders' places as the run's order snapshot read them, in its sequence of orders, which
/// is the (date, created at, id) order the sorted query gives; the places are numbered as they
/// come in that sequence, as the sorted query numbers them. Only when every valid order's date
/// is YYYY-MM-DD: then every order the query reads is in the snapshot, on the day julianday()
/// gives. False, with nothing added, otherwise.
bool ordersFromSnapshot(const OrderSnapshot& snapshot, CustomerLocations& locations,
                        std::map<std::pair<std::string, std::string>, std::size_t>& index) {
    if (!snapshot.readFromOrders || !snapshot.isoDates)
        return false;
    constexpr std::size_t kNotYet = SIZE_MAX;
    std::vector<std::size_t> numbered(snapshot.orderPlaces.size(), kNotYet);
    for (const SnapshotOrder& order : snapshot.orders) {
        if (order.place == kNoOrderPlace)
            continue;
        std::size_t& place = numbered[order.place];
        if (place == kNotYet) {
            const auto& [country, province] = snapshot.orderPlaces[order.place];
            place = placeIndex(locations.places, index, country, province);
        }
        locations.orders.push_back({order.customerId, order.day, place});
    }
    return true;
}

} // namespace

CustomerLocations CustomerLocations::load(Workspace& ws, const OrderSnapshot* snapshot) {
    CustomerLocations locations;
    std::map<std::pair<std::string, std::string>, std::size_t> index;
    Statement records = ws.db().prepare(
        "SELECT customer_id, trim(country), trim(coalesce(province, '')) FROM customer_records "
        "WHERE trim(coalesce(country, '')) <> ''");
    while (records.step())
        locations.records[records.columnInt64(0)] =
            placeIndex(locations.places, index, records.columnUtf8(1), records.columnUtf8(2));
    if (snapshot != nullptr && ordersFromSnapshot(*snapshot, locations, index))
        return locations;
    Statement orders = ws.db().prepare(kPlacedOrdersSql);
    while (orders.step())
        locations.orders.push_back(
            {orders.columnInt64(0), orders.columnInt64(1),
             placeIndex(locations.places, index, orders.columnUtf8(2), orders.columnUtf8(3))});
    return locations;
}

} // namespace pvi
