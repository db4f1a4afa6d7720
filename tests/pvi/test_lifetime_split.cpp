// The lifetime inputs of clv_simple, customer_lifespan and clv_by_segment (pvi/lifetime): one pass
// counts a group of customers and its personalized and generic halves, with the guests' orders in
// the whole shop's figures only, and clv_by_segment gives each segment's halves their own members.
#include "pvi/lifetime/pvi_lifetime.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi/orders/pvi_segments.h"
#include "test_registry.h"

#include <QTest>

#include <algorithm>
#include <map>

using namespace pvi;

namespace {

qint64 day(int year, int month, int dayOfMonth) {
    return QDate(year, month, dayOfMonth).toJulianDay();
}

/// A snapshot built from (customer, day, revenue) orders, each customer exposed from its first
/// order marked personalized; customer 0 is a guest.
struct SnapshotBuilder {
    struct Order {
        qint64 customer;
        qint64 day;
        double revenue;
        bool personalized;
    };
    std::vector<Order> orders;

    OrderSnapshot build() const {
        std::vector<Order> sorted = orders;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const Order& a, const Order& b) { return a.day < b.day; });
        OrderSnapshot snapshot;
        snapshot.hasRules = true;
        for (const Order& o : sorted) {
            const std::size_t index = snapshot.orders.size();
            snapshot.orders.push_back({static_cast<qint64>(index) + 1, o.customer, o.day, o.revenue,
                                       std::nullopt, o.personalized, o.personalized});
            snapshot.anyOrderMatches = snapshot.anyOrderMatches || o.personalized;
            if (o.customer == 0)
                continue;
            SnapshotCustomer& c = snapshot.customers[o.customer];
            c.id = o.customer;
            c.orders.push_back(index);
            c.days.push_back(o.day);
            if (o.personalized && !c.exposedDay)
                c.exposedDay = o.day;
        }
        for (const auto& entry : snapshot.customers)
            snapshot.customerIds.push_back(entry.first);
        std::sort(snapshot.customerIds.begin(), snapshot.customerIds.end());
        return snapshot;
    }
};

QString describe(const LifetimeInputs& in) {
    return QStringLiteral("orders %1, customer orders %2, revenue %3, customers %4, active at "
                          "start %5, lost %6")
        .arg(in.orders)
        .arg(in.customerOrders)
        .arg(in.revenue)
        .arg(in.customers)
        .arg(in.activeAtStart)
        .arg(in.lostOfStart);
}

} // namespace

class TestLifetimeSplit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wholeShopAndHalvesOfAWorkedExample() {
        // The 12 months ending 2026-12-31 are 2026-01-01 .. 2026-12-31; active = an order in the
        // 365 days up to the day.
        //   customer 1: 2025-06-01 (100, personalized), 2026-03-01 (200): exposed, active at
        //               the start (2025-12-31) and at the end;
        //   customer 2: 2025-12-15 (50): generic, active at the start, lost by the end;
        //   customer 3: 2026-05-01 (80), 2026-07-01 (120, personalized): exposed, new;
        //   a guest:    2026-02-01 (40).
        SnapshotBuilder shop;
        shop.orders = {{1, day(2025, 6, 1), 100, true},   {1, day(2026, 3, 1), 200, false},
                       {2, day(2025, 12, 15), 50, false}, {3, day(2026, 5, 1), 80, false},
                       {3, day(2026, 7, 1), 120, true},   {0, day(2026, 2, 1), 40, false}};
        const OrderSnapshot snapshot = shop.build();
        const QDate to(2026, 12, 31);

        const LifetimeSplit everyone = lifetimeSplitOf(snapshot, to, {});
        // Every order of the window, the guest's too: 200 + 80 + 120 + 40.
        QCOMPARE(describe(everyone.all), describe({4, 3, 440, 2, 2, 1, 365}));
        QCOMPARE(describe(everyone.personalized), describe({3, 3, 400, 2, 1, 0, 365}));
        QCOMPARE(describe(everyone.control), describe({0, 0, 0, 0, 1, 1, 365}));
        QCOMPARE(everyone.all.windowDays, qint64{365});

        // A group of customers 1 and 2: no guest's order.
        const LifetimeSplit group = lifetimeSplitOf(
            snapshot, to, [](const SnapshotCustomer& c) { return c.id == 1 || c.id == 2; });
        QCOMPARE(describe(group.all), describe({1, 1, 200, 1, 2, 1, 365}));
        QCOMPARE(describe(group.personalized), describe({1, 1, 200, 1, 1, 0, 365}));
        QCOMPARE(describe(group.control), describe({0, 0, 0, 0, 1, 1, 365}));
    }

    void segmentHalvesHoldTheirOwnMembers() {
        // Sixty customers over two years, every third one exposed: each segment's personalized
        // and generic halves must count exactly its exposed and its other members who ordered
        // in the 12 months, as counted here from the segments and the exposure days.
        SnapshotBuilder shop;
        for (int i = 0; i < 240; ++i) {
            const qint64 customer = 1 + (i * 17) % 60;
            shop.orders.push_back({customer, day(2025, 1, 1) + (i * 3) % 700, 10.0 + (i * 37) % 90,
                                   customer % 3 == 0 && i % 2 == 0});
        }
        const OrderSnapshot snapshot = shop.build();
        const QDate to = QDate::fromJulianDay(day(2025, 1, 1) + 690);
        const qint64 toDay = to.toJulianDay();
        const qint64 windowFrom = to.addYears(-1).addDays(1).toJulianDay();

        const RfmSegmentLookup segments(snapshot, to);
        std::map<QString, std::pair<qint64, qint64>> expected; // id → (exposed, generic) buyers
        for (const qint64 id : snapshot.customerIds) {
            const SnapshotCustomer& c = snapshot.customers.at(id);
            const std::optional<RfmSegment> segment = segments.of(id);
            if (!segment || c.ordersBetween(windowFrom, toDay) == 0)
                continue;
            auto& [exposed, generic] = expected[rfmSegmentId(*segment)];
            ++(c.exposedBy(toDay) ? exposed : generic);
        }

        const PviResult result = clvBySegment(snapshot, {to.addDays(-89), to});
        QVERIFY2(result.available, qPrintable(result.reason));
        QVERIFY2(result.splitReason.isEmpty(), qPrintable(result.splitReason));
        int unequalHalves = 0; // segments whose halves differ, so swapped halves would show
        for (const SegmentValue& row : result.segments) {
            const auto [exposed, generic] = expected[row.id];
            QVERIFY2(row.personalized.n == exposed && row.control.n == generic,
                     qPrintable(QStringLiteral("%1: halves of %2 and %3 buyers, expected %4 "
                                               "personalized and %5 generic")
                                    .arg(row.id)
                                    .arg(row.personalized.n)
                                    .arg(row.control.n)
                                    .arg(exposed)
                                    .arg(generic)));
            QCOMPARE(row.n, exposed + generic);
            unequalHalves += exposed != generic;
        }
        QVERIFY2(unequalHalves >= 2, "the example gives equal halves: a swap would not show");
    }
};

PVI_TEST_CLASS(TestLifetimeSplit)
#include "test_lifetime_split.moc"
