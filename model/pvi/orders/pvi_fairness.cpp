#include "pvi/orders/pvi_fairness.h"

#include "pvi/engine/metric_support.h"
#include "pvi/engine/pvi_table.h"
#include "pvi/orders/fairness_groups.h"
#include "pvi/orders/order_snapshot.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pvi {

namespace {

using D = PviDefinition::Direction;
using F = PviFamily;
using U = PviUnit;

constexpr const char* kFairnessId = "fairness_ratio";

constexpr const char* kFairnessData = QT_TRANSLATE_NOOP(
    "PviText", "Orders with billing countries (or a customers export) and a personalization rule");

constexpr PviRow kFairnessRows[] = {
    {kFairnessId, QT_TRANSLATE_NOOP("PviText", "Fairness ratio"), U::Ratio, D::HigherIsBetter,
     F::Fairness, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "Whether personalization and its results reach every group of customers alike: for each "
         "country and region, the group that receives personalization (or converts) least compared "
         "with the group that does most. 1 means equal treatment; below 0.8 is flagged under the "
         "four-fifths rule used in fairness audits. The headline is the worst comparison by where "
         "customers live; your own segments (tags, lists, e-mail groups, survey answers) are "
         "compared below it, since some of them (VIP, wholesale) differ by design."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "Among customers active on the period's last day (a valid order in the preceding 365 "
         "days), grouped by the billing country (and country/province) of their latest order, or "
         "their customer record: lowest group rate / highest group rate, for being exposed to "
         "personalization by the period's end and for ordering in the period; groups of fewer than "
         "20 customers are left out. The value is the lowest of these ratios; personalized / "
         "generic = the converting ratio among exposed / unexposed customers. The breakdown adds "
         "the same comparisons by tag (without the tags of order-tag rules), imported list, e-mail "
         "tag or group and survey answer; a customer in several groups counts in each."),
     kFairnessData},
};

/// Each customer's place (an index into locations.places) as of `toDay`: the latest valid
/// order up to that day that names a country, else the customer record.
std::unordered_map<qint64, std::size_t> placesAsOf(const CustomerLocations& locations,
                                                   qint64 toDay) {
    std::unordered_map<qint64, std::size_t> places = locations.records;
    for (const CustomerLocations::OrderPlace& order : locations.orders) {
        if (order.day > toDay)
            break;
        places[order.customerId] = order.place;
    }
    return places;
}

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

/// The groups of a customer in one dimension (none when unknown; several for tags).
using Key = QStringList (*)(const FairnessCustomer&);
using Outcome = bool (*)(const FairnessCustomer&);

FairnessComparison compareBy(const std::vector<FairnessCustomer>& customers, Key key,
                             Outcome outcome, Outcome include, const QStringList& leftOut) {
    std::map<QString, FairnessGroup> groups;
    for (const FairnessCustomer& c : customers) {
        if (!include(c))
            continue;
        for (const QString& group : key(c)) {
            if (group.isEmpty() || leftOut.contains(group))
                continue;
            FairnessGroup& g = groups[group];
            g.name = group;
            ++g.n;
            g.hits += outcome(c) ? 1 : 0;
        }
    }
    std::vector<FairnessGroup> list;
    for (const auto& entry : groups)
        list.push_back(entry.second);
    return compareGroups(list);
}

QString groupText(const FairnessGroup& g) {
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return QStringLiteral("%1 %2% (n %3)")
        .arg(g.name, locale.toString(g.rate() * 100.0, 'f', 1), locale.toString(g.n));
}

QStringList one(const QString& value) {
    return value.isEmpty() ? QStringList{} : QStringList{value};
}

/// A customer's groups in one of the shop's own dimensions, none when null.
template <const QStringList* FairnessCustomer::*Groups>
QStringList groupsOf(const FairnessCustomer& c) {
    return c.*Groups ? *(c.*Groups) : QStringList{};
}

struct Dimension {
    const char* id;
    const char* name;
    Key key;
    bool headline; ///< judged in the headline (where customers live), else breakdown only
};

constexpr Dimension kDimensions[] = {
    {"country", "Country", [](const FairnessCustomer& c) { return one(c.country); }, true},
    {"region", "Region", [](const FairnessCustomer& c) { return one(c.region); }, true},
    {"tag", "Tag", &groupsOf<&FairnessCustomer::tags>, false},
    {"list", "Imported list", &groupsOf<&FairnessCustomer::lists>, false},
    {"email_group", "E-mail group", &groupsOf<&FairnessCustomer::emailGroups>, false},
    {"survey", "Survey answer", &groupsOf<&FairnessCustomer::surveyAnswers>, false},
};

bool everyone(const FairnessCustomer&) {
    return true;
}

} // namespace

FairnessComparison compareGroups(const std::vector<FairnessGroup>& groups) {
    FairnessComparison result;
    bool first = true;
    for (const FairnessGroup& g : groups) {
        if (g.n < kFairnessMinGroup)
            continue;
        ++result.groups;
        result.n += g.n;
        if (first || g.rate() < result.lowest.rate())
            result.lowest = g;
        if (first || g.rate() > result.highest.rate())
            result.highest = g;
        first = false;
    }
    if (result.groups >= 2 && result.highest.rate() > 0)
        result.ratio = result.lowest.rate() / result.highest.rate();
    return result;
}

namespace {

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

PviResult fairnessRatio(const CustomerLocations& locations, const FairnessGroups* groups,
                        const QStringList& ruleTags, const OrderSnapshot& snapshot,
                        const Period& period) {
    PviResult r;
    r.id = QLatin1String(kFairnessId);
    if (snapshot.orders.empty()) {
        r.reason = noOrdersImportedReason();
        return r;
    }
    if (!period.isValid()) {
        r.reason =
            QCoreApplication::translate("pvi::PviReason", "the period is not a valid date range");
        return r;
    }
    const DayRange range = DayRange::of(period);
    const auto located = placesAsOf(locations, period.to.toJulianDay());
    std::vector<FairnessCustomer> base;
    for (const qint64 id : snapshot.customerIds) {
        const SnapshotCustomer& customer = snapshot.customers.at(id);
        if (!snapshot.isActive(customer, range.to))
            continue;
        FairnessCustomer c;
        if (const auto it = located.find(id); it != located.end()) {
            const CustomerLocations::Place& place = locations.places[it->second];
            c.country = place.country;
            if (!place.province.isEmpty())
                c.region = place.country + QLatin1Char('/') + place.province;
        }
        if (groups) {
            c.tags = groups->tags.of(id);
            c.lists = groups->lists.of(id);
            c.emailGroups = groups->emailGroups.of(id);
            c.surveyAnswers = groups->surveyAnswers.of(id);
        }
        c.exposed = customer.exposedBy(range.to);
        c.converted = customer.ordersBetween(range.from, range.to) > 0;
        base.push_back(c);
    }
    const qint64 known = std::count_if(
        base.begin(), base.end(), [](const FairnessCustomer& c) { return !c.country.isEmpty(); });
    if (known == 0) {
        r.reason = QCoreApplication::translate(
            "pvi::PviReason", "no active customer's country is known: import orders with "
                              "billing countries or a customers export");
        return r;
    }
    const auto exposedOnly = [](const FairnessCustomer& c) { return c.exposed; };
    const auto genericOnly = [](const FairnessCustomer& c) { return !c.exposed; };
    const auto isExposed = [](const FairnessCustomer& c) { return c.exposed; };
    const auto isConverted = [](const FairnessCustomer& c) { return c.converted; };
    std::optional<double> worst;
    std::optional<double> worstExposed;
    std::optional<double> worstGeneric;
    const auto lower = [](std::optional<double>& into, const std::optional<double>& ratio) {
        if (ratio && (!into || *ratio < *into))
            into = ratio;
    };
    for (const Dimension& dimension : kDimensions) {
        const QStringList leftOut =
            dimension.id == std::string_view("tag") ? ruleTags : QStringList{};
        struct Row {
            const char* id;
            const char* name;
            FairnessComparison comparison;
        };
        std::vector<Row> rows;
        if (snapshot.hasRules)
            rows.push_back({"personalization", "receiving personalization",
                            compareBy(base, dimension.key, isExposed, everyone, leftOut)});
        rows.push_back({"conversion", "ordering in the period",
                        compareBy(base, dimension.key, isConverted, everyone, leftOut)});
        const FairnessComparison exposed =
            compareBy(base, dimension.key, isConverted, exposedOnly, leftOut);
        const FairnessComparison generic =
            compareBy(base, dimension.key, isConverted, genericOnly, leftOut);
        if (dimension.headline) {
            lower(worstExposed, exposed.ratio);
            lower(worstGeneric, generic.ratio);
        }
        for (const Row& row : rows) {
            const FairnessComparison& c = row.comparison;
            if (!c.ratio)
                continue;
            if (dimension.headline)
                lower(worst, c.ratio);
            SegmentValue segment;
            segment.id = QLatin1String(dimension.id) + QLatin1Char('_') + QLatin1String(row.id);
            segment.name = QStringLiteral("%1 · %2: lowest %3, highest %4%5")
                               .arg(QLatin1String(dimension.name), QLatin1String(row.name),
                                    groupText(c.lowest), groupText(c.highest),
                                    *c.ratio < kFairnessThreshold ? QStringLiteral(" — below 0.8")
                                                                  : QString());
            segment.value = c.ratio;
            segment.n = c.n;
            if (row.id == std::string_view("conversion")) {
                segment.personalized = {exposed.ratio, exposed.n};
                segment.control = {generic.ratio, generic.n};
            }
            r.segments.push_back(segment);
        }
    }
    if (!worst) {
        r.reason =
            QCoreApplication::translate(
                "pvi::PviReason", "fewer than two countries or regions with at least %1 active "
                                  "customers (or nobody in them ordered or was personalized)")
                .arg(kFairnessMinGroup);
        return r;
    }
    r.available = true;
    r.value = worst;
    r.n = known;
    applyValueSplit(r, {worstExposed, 0}, {worstGeneric, 0});
    r.personalized.n = std::count_if(base.begin(), base.end(), [](const FairnessCustomer& c) {
        return !c.country.isEmpty() && c.exposed;
    });
    r.control.n = known - r.personalized.n;
    if (!worstExposed || !worstGeneric) {
        r.splitReason = splitUnavailableReason(snapshot);
        if (r.splitReason.isEmpty())
            r.splitReason = QStringLiteral("fewer than two groups of at least %1 exposed and of "
                                           "%1 unexposed active customers")
                                .arg(kFairnessMinGroup);
    }
    return r;
}

std::span<const PviRow> fairnessPviRows() {
    return kFairnessRows;
}

} // namespace pvi
