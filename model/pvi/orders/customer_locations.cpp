#include "pvi/orders/customer_locations.h"

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

/// The text without the spaces (U+0020 only) at its ends, as SQLite's trim(X) gives it.
std::string_view trimSpaces(std::string_view text) {
    const std::size_t first = text.find_first_not_of(' ');
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

constexpr const char* kPlacedOrdersFilter =
    "FROM orders WHERE is_valid = 1 AND customer_id IS NOT NULL AND julianday(order_date) IS NOT "
    "NULL AND trim(coalesce(billing_country, '')) <> ''";

/// The orders' places read in the table's order (by id) and put in the snapshot's sequence of
/// orders, which is the (date, created at, id) order the sorted query gives: no walk of the date
/// index with a row look-up per order. The places are numbered as they come in that sequence,
/// as the sorted query numbers them. False, with nothing added, when an order with a place is
/// not in the snapshot (a date SQLite reads and the snapshot does not): the caller then sorts.
bool loadOrdersInSequence(Workspace& ws, const OrderSnapshot& snapshot,
                          CustomerLocations& locations,
                          std::map<std::pair<std::string, std::string>, std::size_t>& index) {
    struct PlacedOrder {
        qint64 id = 0;
        qint64 customerId = 0;
        qint64 day = 0;
        std::size_t read = 0; ///< index into `read` below
    };
    std::vector<PlacedOrder> placed; // by id
    std::vector<std::pair<std::string, std::string>> read;
    std::map<std::pair<std::string, std::string>, std::size_t> readIndex;
    // kPlacedOrdersFilter's conditions on the date and the country are tested here on what the
    // row gives, so SQLite works out each order's day and trims its country once, not twice.
    Statement orders = ws.db().prepare(
        "SELECT id, customer_id, CAST(julianday(order_date) + 0.5 AS INTEGER), billing_country, "
        "billing_province FROM orders WHERE is_valid = 1 AND customer_id IS NOT NULL ORDER BY id");
    while (orders.step()) {
        const std::string_view country = trimSpaces(orders.columnUtf8(3));
        if (orders.isNull(2) || country.empty())
            continue;
        std::pair<std::string, std::string> place{country, trimSpaces(orders.columnUtf8(4))};
        const auto [it, added] = readIndex.try_emplace(place, read.size());
        if (added)
            read.push_back(std::move(place));
        placed.push_back(
            {orders.columnInt64(0), orders.columnInt64(1), orders.columnInt64(2), it->second});
    }
    std::vector<std::size_t> numbered(read.size(), read.size()); // read → places, once seen
    std::vector<CustomerLocations::OrderPlace> sequenced;
    sequenced.reserve(placed.size());
    std::vector<CustomerLocations::Place> places = locations.places;
    auto placesIndex = index;
    for (const SnapshotOrder& order : snapshot.orders) {
        const auto it = std::lower_bound(placed.begin(), placed.end(), order.id,
                                         [](const PlacedOrder& p, qint64 id) { return p.id < id; });
        if (it == placed.end() || it->id != order.id)
            continue;
        std::size_t& place = numbered[it->read];
        if (place == read.size())
            place = placeIndex(places, placesIndex, read[it->read].first, read[it->read].second);
        sequenced.push_back({it->customerId, it->day, place});
    }
    if (sequenced.size() != placed.size())
        return false;
    locations.places = std::move(places);
    index = std::move(placesIndex);
    locations.orders = std::move(sequenced);
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
    if (snapshot != nullptr && loadOrdersInSequence(ws, *snapshot, locations, index))
        return locations;
    Statement orders = ws.db().prepare(
        std::string("SELECT customer_id, CAST(julianday(order_date) + 0.5 AS INTEGER), "
                    "trim(billing_country), trim(coalesce(billing_province, '')) ") +
        kPlacedOrdersFilter + " ORDER BY order_date, created_at, id");
    while (orders.step())
        locations.orders.push_back(
            {orders.columnInt64(0), orders.columnInt64(1),
             placeIndex(locations.places, index, orders.columnUtf8(2), orders.columnUtf8(3))});
    return locations;
}

} // namespace pvi
