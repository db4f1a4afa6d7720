// The customers' places the fairness ratio and the effect read (CustomerLocations): loaded with
// the run's order snapshot, the orders' places come from the snapshot, in its sequence, when
// every date is YYYY-MM-DD; the result must be what the sorted query gives, place numbers
// included, and the sorted query is asked when a date is not (one SQLite reads and the snapshot
// does not, or one nobody reads).
#include "pvi/orders/customer_locations.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi_fixture.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;

namespace {

/// Empty when both loads are the same, else the first difference.
QString differences(const CustomerLocations& a, const CustomerLocations& b) {
    if (a.places.size() != b.places.size())
        return QStringLiteral("%1 places, expected %2").arg(a.places.size()).arg(b.places.size());
    for (std::size_t i = 0; i < a.places.size(); ++i) {
        if (a.places[i].country != b.places[i].country ||
            a.places[i].province != b.places[i].province)
            return QStringLiteral("place %1 is %2/%3, expected %4/%5")
                .arg(i)
                .arg(a.places[i].country, a.places[i].province, b.places[i].country,
                     b.places[i].province);
    }
    if (a.records != b.records)
        return QStringLiteral("the customer records' places differ");
    if (a.orders.size() != b.orders.size())
        return QStringLiteral("%1 placed orders, expected %2")
            .arg(a.orders.size())
            .arg(b.orders.size());
    for (std::size_t i = 0; i < a.orders.size(); ++i) {
        if (a.orders[i].customerId != b.orders[i].customerId ||
            a.orders[i].day != b.orders[i].day || a.orders[i].place != b.orders[i].place)
            return QStringLiteral("placed order %1 differs (customer %2, expected %3)")
                .arg(i)
                .arg(a.orders[i].customerId)
                .arg(b.orders[i].customerId);
    }
    return {};
}

/// Sets an order's place, time of creation and date.
void place(Workspace& ws, qint64 id, const char* country, const char* province,
           const char* createdAt) {
    ws.db()
        .prepare("UPDATE orders SET billing_country = ?1, billing_province = ?2, created_at = ?3 "
                 "WHERE id = ?4")
        .bind(1, QString::fromLatin1(country))
        .bind(2, QString::fromLatin1(province))
        .bind(3, QString::fromLatin1(createdAt))
        .bind(4, static_cast<std::int64_t>(id))
        .run();
}

} // namespace

class TestCustomerLocations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theSnapshotSequenceGivesTheSortedQuerysPlaces();
    void theSnapshotsOwnPlacesAreTheSortedQuerys();
    void aDateOnlySqliteReadsFallsBackToTheSortedQuery();

private:
    /// Customers moving between places; same-day orders created against their ids' order.
    std::unique_ptr<Workspace> movingShop(const char* name) {
        auto ws =
            Workspace::open(m_dir.path(QString::fromLatin1(name)), Workspace::Mode::CreateOrOpen)
                .workspace;
        if (!ws)
            return nullptr;
        const struct {
            qint64 id, customer;
            const char* date;
            const char* country;
            const char* province;
            const char* createdAt;
        } orders[] = {
            {1, 1, "2024-03-01", "CA", "QC", "2024-03-01T18:00:00"},
            {2, 1, "2024-03-01", "CA", "ON", "2024-03-01T09:00:00"}, // earlier the same day
            {3, 2, "2024-01-10", "FR", "", "2024-01-10T10:00:00"},
            {4, 2, "2024-02-10", " US ", " NY ", "2024-02-10T10:00:00"},
            {5, 3, "2024-02-01", "", "", "2024-02-01T10:00:00"},   // no place
            {6, 0, "2024-02-02", "DE", "", "2024-02-02T10:00:00"}, // a guest
            {7, 4, "2024-01-05", "CA", "ON", "2024-01-05T10:00:00"},
            {8, 5, "2024-02-03", "   ", "X", "2024-02-03T10:00:00"},  // spaces only: no place
            {9, 5, "2024-01-01", "\tCA", "", "2024-01-01T10:00:00"},  // trim() keeps a tab
            {10, 6, "2024-02-05", "CA", "ON", "2024-02-05T10:00:00"}, // a date no one reads
        };
        for (const auto& o : orders) {
            test::insertOrder(*ws, o.id, o.customer, QString::fromLatin1(o.date), 10.0);
            place(*ws, o.id, o.country, o.province, o.createdAt);
        }
        ws->db().exec("INSERT INTO customer_records (customer_id, batch_id, country, province) "
                      "VALUES (4, 1, 'MX', 'JAL'); UPDATE orders SET billing_province = NULL "
                      "WHERE id = 9; UPDATE orders SET order_date = 'not a date' WHERE id = 10");
        return ws;
    }
    test::TempDir m_dir;
};

void TestCustomerLocations::theSnapshotSequenceGivesTheSortedQuerysPlaces() {
    auto ws = movingShop("moving.pvi");
    QVERIFY(ws);
    const OrderSnapshot snapshot = OrderSnapshot::load(*ws);
    const CustomerLocations sorted = CustomerLocations::load(*ws);
    const CustomerLocations sequenced = CustomerLocations::load(*ws, &snapshot);
    const QString difference = differences(sequenced, sorted);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // By hand: MX/JAL from the records, then by date, time and id: "\tCA" with no province
    // (order 9), CA/ON (7), FR (3), US/NY (4, its spaces trimmed), CA/ON again (2, 09:00), CA/QC
    // (1, 18:00); no place for orders 5 and 8 (nothing but spaces) nor 10 (no date), none for
    // guests.
    QCOMPARE(sorted.orders.size(), std::size_t{6});
    QCOMPARE(sorted.places.size(), std::size_t{6});
    QCOMPARE(sorted.places[sorted.orders.front().place].country, QStringLiteral("\tCA"));
    QCOMPARE(sorted.places[sorted.orders.front().place].province, QString());
    QCOMPARE(sorted.places[sorted.orders.back().place].province, QStringLiteral("QC"));
    QCOMPARE(sorted.places[sorted.orders[3].place].country, QStringLiteral("US"));
    QCOMPARE(sorted.places[sorted.orders[3].place].province, QStringLiteral("NY"));
}

void TestCustomerLocations::theSnapshotsOwnPlacesAreTheSortedQuerys() {
    // Every date readable as YYYY-MM-DD: the places are the snapshot's own, in its sequence, and
    // a guest's order with a country (order 6) still has none. Order 10, dated now, is one more;
    // orders 3 and 4, read one after the other, differ only by country once 4 has no province.
    auto ws = movingShop("iso.pvi");
    QVERIFY(ws);
    ws->db().exec("UPDATE orders SET order_date = '2024-02-05' WHERE id = 10; UPDATE orders SET "
                  "billing_province = '' WHERE id = 4");
    const OrderSnapshot snapshot = OrderSnapshot::load(*ws);
    QVERIFY(snapshot.isoDates);
    QVERIFY(snapshot.readFromOrders);
    const CustomerLocations sorted = CustomerLocations::load(*ws);
    QCOMPARE(sorted.orders.size(), std::size_t{7});
    const QString difference = differences(CustomerLocations::load(*ws, &snapshot), sorted);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestCustomerLocations::aDateOnlySqliteReadsFallsBackToTheSortedQuery() {
    auto ws = movingShop("odd-date.pvi");
    QVERIFY(ws);
    // julianday() reads a Julian day number as a date; the snapshot's ISO date does not.
    ws->db().exec("UPDATE orders SET order_date = '2460356.5' WHERE id = 3");
    const OrderSnapshot snapshot = OrderSnapshot::load(*ws);
    const CustomerLocations sorted = CustomerLocations::load(*ws);
    QCOMPARE(sorted.orders.size(), std::size_t{6});
    const QString difference = differences(CustomerLocations::load(*ws, &snapshot), sorted);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

PVI_TEST_CLASS(TestCustomerLocations)
#include "test_customer_locations.moc"
