// The RFM a snapshot keeps per as-of day (pvi/orders/snapshot_rfm.h), two bytes per customer:
// the same scores and segments as assignRfm() over the snapshot's orders, looked up by customer
// id, and computed once per day; what the snapshot keeps per day (RFM, lifetime inputs) gives
// what a fresh snapshot gives.
#include "analytics/rfm/rfm_assignment.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi/orders/pvi_segments.h"
#include "pvi/orders/snapshot_rfm.h"
#include "pvi_fixture.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;

namespace {

/// assignRfm() over the snapshot's orders, as the run computed RFM before it was packed.
std::vector<RfmAssignment> assignedFromOrders(const OrderSnapshot& snapshot, const QDate& asOf) {
    std::vector<RfmOrder> orders;
    for (const SnapshotOrder& order : snapshot.orders) {
        if (order.customerId != 0)
            orders.push_back({order.customerId, QDate::fromJulianDay(order.day), order.revenue});
    }
    return assignRfm(orders, asOf);
}

/// Empty when the kept RFM as of `asOf` gives exactly `expected`, else what differs.
QString differences(const OrderSnapshot& snapshot, const QDate& asOf,
                    const std::vector<RfmAssignment>& expected) {
    const std::vector<RfmAssignment> actual = rfmAsOf(snapshot, asOf);
    if (actual.size() != expected.size())
        return QStringLiteral("%1: %2 assignments, expected %3")
            .arg(asOf.toString(Qt::ISODate))
            .arg(actual.size())
            .arg(expected.size());
    const RfmSegmentLookup lookup(snapshot, asOf);
    for (std::size_t i = 0; i < actual.size(); ++i) {
        const RfmAssignment& a = actual[i];
        const RfmAssignment& e = expected[i];
        if (a.score.customerId != e.score.customerId || a.score.recency != e.score.recency ||
            a.score.frequency != e.score.frequency || a.score.monetary != e.score.monetary ||
            a.segment != e.segment || lookup.of(e.score.customerId) != e.segment)
            return QStringLiteral("%1: customer %2 differs")
                .arg(asOf.toString(Qt::ISODate))
                .arg(e.score.customerId);
    }
    if (snapshotRfmAsOf(snapshot, asOf)->segmentCounts() != rfmSegmentCounts(expected))
        return QStringLiteral("%1: segment counts differ").arg(asOf.toString(Qt::ISODate));
    return {};
}

} // namespace

class TestSnapshotRfm : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_workspace = test::newPviFixtureWorkspace(m_dir.path(QStringLiteral("rfm.pvi")), &error);
        QVERIFY2(m_workspace, qPrintable(error));
    }

    void sameAsAssignRfmOnEveryDay() {
        // From before the first order to after the last: every day some customer's recency,
        // frequency or membership changes is covered.
        const OrderSnapshot snapshot = OrderSnapshot::load(*m_workspace);
        QVERIFY(!snapshot.orders.empty());
        const qint64 first = snapshot.orders.front().day - 1;
        const qint64 last = snapshot.orders.back().day + 1;
        QStringList failures;
        for (qint64 day = first; day <= last; day += 7) {
            const QDate asOf = QDate::fromJulianDay(day);
            const QString message = differences(snapshot, asOf, assignedFromOrders(snapshot, asOf));
            if (!message.isEmpty())
                failures << message;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    void snapshotBuiltWithoutCustomerIds() {
        // Some callers build a snapshot by hand with orders only: the RFM indexes the orders'
        // customers itself.
        OrderSnapshot snapshot;
        const QDate start(2024, 1, 1);
        qint64 id = 0;
        for (int i = 0; i < 60; ++i) {
            const qint64 customer = 100 + (i * 7) % 13;
            snapshot.orders.push_back({++id, customer, start.addDays(i * 3).toJulianDay(),
                                       10.0 + (i * 37) % 90, std::nullopt, false, false});
        }
        snapshot.orders.push_back({++id, 0, start.addDays(5).toJulianDay(), 50, {}, false, false});
        const QDate asOf = start.addDays(150);
        QCOMPARE(differences(snapshot, asOf, assignedFromOrders(snapshot, asOf)), QString());
        const RfmSegmentLookup lookup(snapshot, asOf);
        QVERIFY(!lookup.of(99).has_value());
        QVERIFY(!lookup.of(0).has_value());
    }

    void sparseIdsAreLookedUpToo() {
        // Ids too far apart for a table by id (a workspace numbered by another program): the
        // look-up searches the ids, with the same segments.
        OrderSnapshot snapshot;
        const QDate start(2024, 1, 1);
        qint64 id = 0;
        for (int i = 0; i < 60; ++i) {
            const qint64 customer = 1 + ((i * 7) % 13) * 1'000'000'000LL;
            snapshot.orders.push_back({++id, customer, start.addDays(i * 3).toJulianDay(),
                                       10.0 + (i * 37) % 90, std::nullopt, false, false});
        }
        const QDate asOf = start.addDays(200);
        QCOMPARE(differences(snapshot, asOf, assignedFromOrders(snapshot, asOf)), QString());
        const RfmSegmentLookup lookup(snapshot, asOf);
        QVERIFY(lookup.of(1).has_value());
        QVERIFY(!lookup.of(2).has_value());
        QVERIFY(!lookup.of(-1).has_value());
    }

    void customersWithoutOrdersYetHaveNoSegment() {
        const OrderSnapshot snapshot = OrderSnapshot::load(*m_workspace);
        const QDate before = QDate::fromJulianDay(snapshot.orders.front().day - 1);
        const std::shared_ptr<const SnapshotRfm> rfm = snapshotRfmAsOf(snapshot, before);
        QVERIFY(rfm->empty());
        QVERIFY(RfmSegmentLookup(snapshot, before).empty());
        for (std::size_t i = 0; i < snapshot.customerIds.size(); ++i)
            QVERIFY(!rfm->segmentAt(i).has_value());
    }

    void eachDayComputedOnce() {
        const OrderSnapshot snapshot = OrderSnapshot::load(*m_workspace);
        const QDate asOf = QDate::fromJulianDay(snapshot.orders.back().day);
        const std::shared_ptr<const SnapshotRfm> first = snapshotRfmAsOf(snapshot, asOf);
        QCOMPARE(snapshotRfmAsOf(snapshot, asOf).get(), first.get());
        QVERIFY(snapshotRfmAsOf(snapshot, asOf.addDays(-1)).get() != first.get());
    }

    void keptDaysGiveWhatAFreshSnapshotGives() {
        // The snapshot keeps what it computed per day (the RFM, the lifetime inputs): PVIs
        // asked on one snapshot for one period after another must equal each asked on a fresh
        // snapshot, which has kept nothing.
        const OrderSnapshot kept = OrderSnapshot::load(*m_workspace);
        const QDate last = QDate::fromJulianDay(kept.orders.back().day);
        const Period periods[] = {{last.addDays(-89), last},
                                  {last.addDays(-179), last.addDays(-90)},
                                  {last.addDays(-269), last.addDays(-180)}};
        int differing = 0; // values that differ between the periods, so a wrong day would show
        for (const char* id : {"customer_lifespan", "clv_simple", "clv_by_segment",
                               "segment_growth_rate", "rfm_segment"}) {
            const QString pvi = QString::fromLatin1(id);
            std::optional<double> previous;
            for (const Period& period : periods) {
                const PviResult fromKept = computePvi(kept, pvi, period);
                const PviResult fromFresh =
                    computePvi(OrderSnapshot::load(*m_workspace), pvi, period);
                QVERIFY2(fromKept.value == fromFresh.value && fromKept.n == fromFresh.n &&
                             fromKept.personalized.value == fromFresh.personalized.value,
                         qPrintable(QStringLiteral("%1 ending %2 differs from a fresh snapshot's")
                                        .arg(pvi, period.to.toString(Qt::ISODate))));
                differing += fromKept.value != previous;
                previous = fromKept.value;
            }
        }
        QVERIFY2(differing >= 10, "the periods give the same values: a kept day would not show");
    }
};

PVI_TEST_CLASS(TestSnapshotRfm)
#include "test_snapshot_rfm.moc"
