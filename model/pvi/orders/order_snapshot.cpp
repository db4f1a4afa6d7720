#include "pvi/orders/order_snapshot.h"

#include "analytics/experiments/treatment_arm_members.h"
#include "pvi/engine/exposure.h"
#include "pvi/engine/iso_date_text.h"
#include "pvi/engine/shared_texts.h"
#include "pvi/engine/workspace_settings.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

namespace pvi {

namespace {

/// How exposure orders two timestamps of the same day: as QStrings compare (UTF-16 code units),
/// which for ASCII text is how SQLite sorts them.
int compareCreatedAt(std::string_view a, std::string_view b) {
    const auto ascii = [](std::string_view text) {
        return std::all_of(text.begin(), text.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    };
    if (ascii(a) && ascii(b))
        return a.compare(b);
    return QString::compare(QString::fromUtf8(a.data(), static_cast<qsizetype>(a.size())),
                            QString::fromUtf8(b.data(), static_cast<qsizetype>(b.size())));
}

/// Each order's date and creation time as stored, to put the orders read in the table's order
/// in the order of `ORDER BY order_date, created_at, id`: texts compared byte by byte, as
/// SQLite's BINARY collation compares them.
class SortTexts {
public:
    void add(std::string_view orderDate, std::string_view createdAt) {
        m_asciiCreatedAt = m_asciiCreatedAt &&
                           std::all_of(createdAt.begin(), createdAt.end(),
                                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        m_keys.push_back({m_texts.size(), orderDate.size(), createdAt.size()});
        m_texts.append(orderDate).append(createdAt);
    }

    /// Sorts `orders` (added in the same order as their texts) and returns exposure's sequence
    /// of them: days ascending, then creation times as exposure compares them (as QStrings,
    /// UTF-16 code units), then ids. Empty when the sorted order already is that sequence, as
    /// it is unless a creation time holds a character SQLite and QString order differently.
    /// `isoDates`: every date text is YYYY-MM-DD (OrderSnapshot::isoDates).
    std::vector<std::size_t> sortAsSqlite(std::vector<SnapshotOrder>& orders, bool isoDates) const {
        // The keys sorted side by side, so a comparison reads two neighbouring entries (and the
        // creation times only for orders of the same day), not orders reached through an index.
        // YYYY-MM-DD texts sort as their days do, so their days are compared instead.
        struct Entry {
            qint64 day;
            qint64 id;
            std::string_view createdAt;
            std::size_t order;
        };
        std::vector<Entry> entries;
        entries.reserve(orders.size());
        for (std::size_t i = 0; i < orders.size(); ++i)
            entries.push_back({orders[i].day, orders[i].id, created(i), i});
        const auto before = [&](const Entry& a, const Entry& b) {
            if (isoDates) {
                if (a.day != b.day)
                    return a.day < b.day;
            } else if (const int byDate = date(a.order).compare(date(b.order)); byDate != 0) {
                return byDate < 0;
            }
            if (const int byCreated = a.createdAt.compare(b.createdAt); byCreated != 0)
                return byCreated < 0;
            return a.id < b.id;
        };
        if (isoDates && bucketByDay(entries)) {
            // Each day's orders: a few thousand at most, sorted in the cache.
            for (auto first = entries.begin(); first != entries.end();) {
                const auto last = std::find_if(first, entries.end(),
                                               [&](const Entry& e) { return e.day != first->day; });
                std::sort(first, last, before);
                first = last;
            }
        } else {
            std::sort(entries.begin(), entries.end(), before);
        }
        std::vector<std::size_t> order(entries.size());
        for (std::size_t i = 0; i < entries.size(); ++i)
            order[i] = entries[i].order;
        entries = {};
        std::vector<SnapshotOrder> sorted;
        sorted.reserve(orders.size());
        // Days, then ASCII creation times byte by byte, then ids: exposure's sequence itself.
        bool inSequence = true;
        const bool checked = isoDates && m_asciiCreatedAt;
        for (std::size_t i = 0; i < order.size(); ++i) {
            const SnapshotOrder& current = orders[order[i]];
            if (!checked && inSequence && i > 0) {
                const SnapshotOrder& previous = sorted.back();
                const int byCreatedAt = compareCreatedAt(created(order[i - 1]), created(order[i]));
                inSequence = previous.day < current.day ||
                             (previous.day == current.day &&
                              (byCreatedAt < 0 || (byCreatedAt == 0 && previous.id < current.id)));
            }
            sorted.push_back(current);
        }
        orders = std::move(sorted);
        if (inSequence)
            return {};
        std::vector<QString> createdAt(order.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            const std::string_view text = created(order[i]);
            createdAt[i] = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
        }
        std::vector<std::size_t> sequence(orders.size());
        std::iota(sequence.begin(), sequence.end(), std::size_t{0});
        std::sort(sequence.begin(), sequence.end(), [&](std::size_t a, std::size_t b) {
            if (orders[a].day != orders[b].day)
                return orders[a].day < orders[b].day;
            if (createdAt[a] != createdAt[b])
                return createdAt[a] < createdAt[b];
            return orders[a].id < orders[b].id;
        });
        return sequence;
    }

private:
    /// Puts the entries in day order by counting them per day (a shop's days are a few thousand
    /// at most), when the days span no more than a few times as many days as there are entries;
    /// false, leaving them as they are, otherwise. A full sort of the 10M-line shop's 6 million
    /// orders took 1.7 s; bucketing leaves each day's few thousand to sort.
    template <typename Entry> static bool bucketByDay(std::vector<Entry>& entries) {
        if (entries.empty())
            return true;
        const auto [low, high] =
            std::minmax_element(entries.begin(), entries.end(),
                                [](const Entry& a, const Entry& b) { return a.day < b.day; });
        const qint64 first = low->day;
        const auto span = static_cast<std::uint64_t>(high->day - first);
        if (span >= 4 * std::uint64_t(entries.size()) + 1024)
            return false;
        std::vector<std::size_t> next(std::size_t(span) + 2, 0);
        for (const Entry& e : entries)
            ++next[std::size_t(e.day - first) + 1];
        std::partial_sum(next.begin(), next.end(), next.begin());
        std::vector<Entry> byDay(entries.size());
        for (const Entry& e : entries)
            byDay[next[std::size_t(e.day - first)]++] = e;
        entries = std::move(byDay);
        return true;
    }

    struct Key {
        std::size_t at = 0;
        std::size_t dateLength = 0;
        std::size_t createdLength = 0;
    };
    std::string_view date(std::size_t i) const {
        return std::string_view(m_texts).substr(m_keys[i].at, m_keys[i].dateLength);
    }
    std::string_view created(std::size_t i) const {
        return std::string_view(m_texts).substr(m_keys[i].at + m_keys[i].dateLength,
                                                m_keys[i].createdLength);
    }

    std::string m_texts;
    std::vector<Key> m_keys;
    bool m_asciiCreatedAt = true; ///< every creation time added is ASCII
};

/// Adds one to `text`'s count (a shop's orders name one currency or a few: the list is short and
/// the last text counted is nearly always the next).
void countText(std::vector<std::pair<std::string, qint64>>& counts, std::string_view text) {
    if (counts.empty() || counts.back().first != text) {
        const auto it = std::find_if(counts.begin(), counts.end(),
                                     [&](const auto& entry) { return entry.first == text; });
        if (it == counts.end()) {
            counts.emplace_back(std::string(text), 0);
        } else {
            std::iter_swap(it, counts.end() - 1);
        }
    }
    ++counts.back().second;
}

/// The orders' billing places numbered as they are read (a shop has a few hundred).
class PlaceNumbers {
public:
    explicit PlaceNumbers(std::vector<std::pair<std::string, std::string>>& places)
        : m_places(places) {}

    std::uint32_t of(std::string_view country, std::string_view province) {
        if (m_last != kNoOrderPlace && m_places[m_last].first == country &&
            m_places[m_last].second == province)
            return m_last;
        const auto [it, added] = m_numbers.try_emplace(
            {std::string(country), std::string(province)}, std::uint32_t(m_places.size()));
        if (added)
            m_places.push_back(it->first);
        m_last = it->second;
        return m_last;
    }

private:
    std::vector<std::pair<std::string, std::string>>& m_places;
    std::map<std::pair<std::string, std::string>, std::uint32_t> m_numbers;
    std::uint32_t m_last = kNoOrderPlace;
};

/// Each customer's orders (in the snapshot's order), the customers' ids ascending and each
/// order's customer number. The orders' (customer, index) pairs are sorted once and each
/// customer is made whole, rather than looked up in the map for every order (a quarter of the
/// 10M-line shop's snapshot).
void groupByCustomer(OrderSnapshot& snapshot) {
    std::vector<std::pair<qint64, std::size_t>> byCustomer;
    byCustomer.reserve(snapshot.orders.size());
    for (std::size_t i = 0; i < snapshot.orders.size(); ++i) {
        const SnapshotOrder& order = snapshot.orders[i];
        snapshot.anyOrderMatches = snapshot.anyOrderMatches || order.matchesRule;
        if (order.customerId != 0)
            byCustomer.emplace_back(order.customerId, i);
    }
    std::sort(byCustomer.begin(), byCustomer.end());
    std::size_t distinct = 0;
    for (std::size_t k = 0; k < byCustomer.size(); ++k)
        distinct += k == 0 || byCustomer[k].first != byCustomer[k - 1].first;
    snapshot.customers.reserve(distinct);
    snapshot.customerIds.reserve(distinct);
    const bool numbered = distinct < std::size_t(OrderSnapshot::kNoCustomerIndex);
    if (numbered)
        snapshot.orderCustomers.assign(snapshot.orders.size(), OrderSnapshot::kNoCustomerIndex);
    for (std::size_t first = 0; first < byCustomer.size();) {
        const qint64 id = byCustomer[first].first;
        std::size_t last = first;
        while (last < byCustomer.size() && byCustomer[last].first == id)
            ++last;
        SnapshotCustomer& customer = snapshot.customers[id];
        customer.id = id;
        customer.orders.reserve(last - first);
        customer.days.reserve(last - first);
        for (std::size_t k = first; k < last; ++k) {
            const std::size_t order = byCustomer[k].second;
            customer.orders.push_back(order);
            customer.days.push_back(snapshot.orders[order].day);
            if (numbered)
                snapshot.orderCustomers[order] =
                    static_cast<std::uint32_t>(snapshot.customerIds.size());
        }
        snapshot.customerIds.push_back(id);
        first = last;
    }
}

} // namespace

qint64 SnapshotCustomer::ordersBetween(qint64 fromDay, qint64 toDay) const {
    const auto lo = std::lower_bound(days.begin(), days.end(), fromDay);
    const auto hi = std::upper_bound(days.begin(), days.end(), toDay);
    return hi > lo ? hi - lo : 0;
}

bool OrderSnapshot::isActive(const SnapshotCustomer& customer, qint64 day) const {
    return customer.ordersBetween(day - activityWindowDays + 1, day) > 0;
}

std::optional<qint64> OrderSnapshot::lastDay() const {
    if (orders.empty())
        return std::nullopt;
    return orders.back().day;
}

OrderSnapshot OrderSnapshot::load(Workspace& workspace) {
    OrderSnapshot snapshot;
    snapshot.activityWindowDays =
        qint64(numberSetting(workspace, QStringLiteral("activity_window_days")));
    snapshot.workspaceCustomers = workspace.db().queryInt("SELECT count(*) FROM customers");

    const std::vector<PersonalizationRule> rules = PersonalizationRules::list(workspace);
    snapshot.hasRules = !rules.empty();
    // Experiment arms are read only when a rule looks at them.
    const bool byArm = std::any_of(rules.begin(), rules.end(), [](const PersonalizationRule& r) {
        return r.kind == QLatin1String("experiment-arm");
    });
    const auto armMembers = byArm
                                ? loadTreatmentArmMembers(workspace)
                                : std::unordered_map<qint64, std::vector<TreatmentArmMembership>>{};

    // The rules are applied as each order is read, so no order's tags or codes are kept. The
    // orders are read in the table's order and then put in SQLite's (date, created at, id)
    // order, which is each customer's sequence for exposure as long as SQLite sorts the dates and
    // timestamps as exposure compares them (checked on the way): the sorted query walked the
    // date index and looked every order's row up, half of the snapshot's time on a large shop.
    const bool byList = std::any_of(rules.begin(), rules.end(), [](const PersonalizationRule& r) {
        return r.kind == QLatin1String("customer-list");
    });
    Statement stmt = workspace.db().prepare(
        std::string("SELECT id, coalesce(customer_id, 0), order_date, created_at, net_revenue, "
                    "accepts_marketing, coalesce(tags, ''), coalesce(discount_code, ''), "
                    "coalesce(utm_campaign, ''), ") +
        (byList ? "(SELECT group_concat(list_name, char(31)) FROM customer_lists l WHERE "
                  "l.customer_id = orders.customer_id), "
                : "NULL, ") +
        "CASE WHEN customer_id IS NOT NULL THEN billing_country END, billing_province, "
        "coalesce(currency, '') FROM orders WHERE is_valid = 1 ORDER BY id");
    SortTexts sortTexts;
    OrderRuleMatcher matcher(rules);
    PlaceNumbers places(snapshot.orderPlaces);
    snapshot.isoDates = true;
    while (stmt.step()) {
        countText(snapshot.orderCurrencies, stmt.columnUtf8(12));
        const QDate date = readIsoDate(stmt.columnUtf8(2));
        snapshot.isoDates =
            snapshot.isoDates && date.isValid() && isIsoDateText(stmt.columnUtf8(2));
        if (!date.isValid())
            continue;
        SnapshotOrder order;
        order.id = stmt.columnInt64(0);
        order.customerId = stmt.columnInt64(1);
        order.day = date.toJulianDay();
        order.revenue = stmt.columnDouble(4);
        if (!stmt.isNull(5))
            order.acceptsMarketing = stmt.columnInt64(5) != 0;
        if (!rules.empty()) {
            const auto arms = armMembers.find(order.customerId);
            order.matchesRule =
                matcher.matches(stmt.columnUtf8(6), stmt.columnUtf8(7), stmt.columnUtf8(8),
                                stmt.columnUtf8(9), [&] {
                                    return arms == armMembers.end()
                                               ? QStringList()
                                               : treatmentArmsOn(arms->second, date);
                                });
        }
        if (const std::string_view country = trimSpaces(stmt.columnUtf8(10)); !country.empty())
            order.place = places.of(country, trimSpaces(stmt.columnUtf8(11)));
        sortTexts.add(stmt.columnUtf8(2), stmt.columnUtf8(3));
        snapshot.orders.push_back(order);
    }
    snapshot.readFromOrders = true;
    const std::vector<std::size_t> sequence =
        sortTexts.sortAsSqlite(snapshot.orders, snapshot.isoDates);
    sortTexts = {};
    const std::unordered_map<qint64, qint64> exposedOn = applyExposure(snapshot.orders, sequence);
    groupByCustomer(snapshot);
    for (const auto& [id, day] : exposedOn)
        snapshot.customers[id].exposedDay = day;

    Statement records =
        workspace.db().prepare("SELECT customer_id, accepts_marketing FROM customer_records "
                               "WHERE accepts_marketing IS NOT NULL");
    while (records.step()) {
        const auto it = snapshot.customers.find(records.columnInt64(0));
        if (it != snapshot.customers.end())
            it->second.recordAcceptsMarketing = records.columnInt64(1) != 0;
    }
    return snapshot;
}

} // namespace pvi
