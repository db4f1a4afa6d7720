#pragma once

#include <QDate>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pvi {

class Workspace;
class SnapshotRfm;

/// SnapshotOrder::place of an order without a billing country or without a customer.
inline constexpr std::uint32_t kNoOrderPlace = UINT32_MAX;

/// One valid order in memory. Days are Julian day numbers of the shop's local date.
struct SnapshotOrder {
    qint64 id = 0;
    qint64 customerId = 0; ///< 0 when the order has no customer
    qint64 day = 0;
    double revenue = 0; ///< net revenue
    std::optional<bool> acceptsMarketing;
    bool matchesRule = false; ///< matches a personalization rule itself
    bool exposed = false;     ///< order-level exposure (see exposure.h)
    /// A customer's order's billing place: an index into OrderSnapshot::orderPlaces, or
    /// kNoOrderPlace without a country (or a customer).
    std::uint32_t place = kNoOrderPlace;
};

/// One customer with at least one valid order.
struct SnapshotCustomer {
    qint64 id = 0;
    std::vector<std::size_t> orders;  ///< indices into OrderSnapshot::orders, chronological
    std::vector<qint64> days;         ///< the same orders' days, ascending
    std::optional<qint64> exposedDay; ///< day of the first personalized order
    std::optional<bool> recordAcceptsMarketing; ///< from a customers export, when imported

    qint64 firstDay() const { return days.front(); }
    /// Valid orders dated in [fromDay, toDay].
    qint64 ordersBetween(qint64 fromDay, qint64 toDay) const;
    /// Whether the customer is exposed by `day` (first personalized order on or before it).
    bool exposedBy(qint64 day) const { return exposedDay && *exposedDay <= day; }
};

/// Something computed from a snapshot for one day, each day computed once: the PVIs of one
/// period, and of the periods of a run, ask for the same day several times. Thread-safe (a run
/// reads the snapshot on several threads); a copy of the snapshot, which may be changed, starts
/// with none.
template <typename T> class DayMemo {
public:
    DayMemo() = default;
    DayMemo(const DayMemo&) {}
    DayMemo& operator=(const DayMemo&) {
        m_state.reset();
        return *this;
    }
    DayMemo(DayMemo&&) noexcept = default;
    DayMemo& operator=(DayMemo&&) noexcept = default;

    /// The value of `day`, made by `compute` the first time the day is asked for.
    template <typename Compute> std::shared_ptr<const T> get(qint64 day, Compute&& compute) const {
        State& state = this->state();
        {
            const std::lock_guard lock(state.mutex);
            if (const auto it = state.byDay.find(day); it != state.byDay.end())
                return it->second;
        }
        auto computed = std::make_shared<const T>(compute());
        const std::lock_guard lock(state.mutex);
        return state.byDay.emplace(day, std::move(computed)).first->second;
    }

private:
    struct State {
        std::mutex mutex;
        std::map<qint64, std::shared_ptr<const T>> byDay;
    };
    State& state() const {
        static std::mutex creating;
        const std::lock_guard lock(creating);
        if (!m_state)
            m_state = std::make_unique<State>();
        return *m_state;
    }
    mutable std::unique_ptr<State> m_state;
};

struct LifetimeSplit;

/// The workspace's valid orders loaded once (one query), with exposure applied: every PVI of a
/// call is computed from this snapshot instead of querying again.
struct OrderSnapshot {
    static constexpr std::uint32_t kNoCustomerIndex = UINT32_MAX;

    std::vector<SnapshotOrder> orders; ///< sorted by day
    std::unordered_map<qint64, SnapshotCustomer> customers;
    std::vector<qint64> customerIds; ///< the keys of `customers`, ascending
    /// Each order's customer as its index in customerIds (kNoCustomerIndex for an order without
    /// a customer), so a pass over the orders needs no look-up; empty in a snapshot built by hand.
    std::vector<std::uint32_t> orderCustomers;
    qint64 workspaceCustomers = 0;   ///< rows in the customers table (with or without orders)
    qint64 activityWindowDays = 365; ///< setting `activity_window_days`
    bool hasRules = false;           ///< at least one personalization rule is stored
    bool anyOrderMatches = false;    ///< at least one valid order matches a rule
    /// Every valid order's date is stored as YYYY-MM-DD (none was left out as unreadable), so a
    /// range of days holds exactly the orders whose date texts SQLite compares into it.
    bool isoDates = false;
    /// Each distinct billing (country, province) of the customers' orders, trimmed of spaces as
    /// SQLite's trim(X) trims them, in the order read: what CustomerLocations reads of the orders.
    std::vector<std::pair<std::string, std::string>> orderPlaces;
    /// Each distinct currency text of the valid orders, as stored (NULL as empty), with its count
    /// of orders: what workspaceCurrency reads of the orders.
    std::vector<std::pair<std::string, qint64>> orderCurrencies;
    /// load() read orderPlaces and orderCurrencies from the orders (not a snapshot built by hand).
    bool readFromOrders = false;
    DayMemo<SnapshotRfm> rfm; ///< RFM already computed (snapshotRfmAsOf)
    /// The lifetime inputs of the 12 months ending on a day (pvi_lifetime.h), already computed.
    DayMemo<LifetimeSplit> lifetime;

    /// Loads the snapshot; throws DbError on a database failure.
    static OrderSnapshot load(Workspace& workspace);

    /// Active on `day`: a valid order dated in [day − window + 1, day].
    bool isActive(const SnapshotCustomer& customer, qint64 day) const;
    /// Day of the latest valid order, if any.
    std::optional<qint64> lastDay() const;
};

} // namespace pvi
