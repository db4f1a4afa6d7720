// The order snapshot reads the orders in the table's order and puts them in the order of
// `ORDER BY order_date, created_at, id` itself: the same sequence as SQLite's, on dates and
// creation times stored in odd ways (a time after the date, ties, non-ASCII text, a character
// outside the BMP that UTF-16 and UTF-8 order differently), with each customer's days ascending;
// exposure then follows creation times as UTF-16 compares them. On ISO dates the orders are
// counted into their days before each day is sorted (unless the days span far more days than
// there are orders): the same sequence either way, and each customer's orders, the customers'
// ids and each order's customer number agree with it.
#include "pvi/engine/personalization_rules.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi_fixture.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;

namespace {

/// The ids of the valid orders with a readable date in SQLite's `ORDER BY order_date,
/// created_at, id` (the reference).
QStringList sqliteSequence(Workspace& ws) {
    QStringList ids;
    Statement sorted = ws.db().prepare("SELECT id, order_date FROM orders WHERE is_valid = 1 "
                                       "ORDER BY order_date, created_at, id");
    while (sorted.step()) {
        if (QDate::fromString(sorted.columnText(1), Qt::ISODate).isValid())
            ids << QString::number(sorted.columnInt64(0));
    }
    return ids;
}

/// The ids of the snapshot's orders in its order.
QStringList sequenceOf(const OrderSnapshot& snapshot) {
    QStringList ids;
    for (const SnapshotOrder& order : snapshot.orders)
        ids << QString::number(order.id);
    return ids;
}

} // namespace

class TestSnapshotSequence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ordersComeInSqlitesSequence() {
        test::TempDir dir;
        auto ws =
            Workspace::open(dir.path(QStringLiteral("sequence.pvi")), Workspace::Mode::CreateOrOpen)
                .workspace;
        QVERIFY(ws);
        const struct {
            qint64 id, customer;
            const char* date;
            const char* createdAt;
        } orders[] = {
            {1, 1, "2024-03-01", "2024-03-01T18:00:00"},
            {2, 1, "2024-03-01", "2024-03-01T09:00:00"}, // earlier the same day, larger id
            {3, 2, "2024-02-15 08:00", "a"},             // sorts after the plain date as text
            {4, 2, "2024-02-15", "z"},
            {5, 3, "2024-01-10", "2024-01-10T10:00:00\xc3\xa9"}, // é
            {6, 3, "2024-01-10", "2024-01-10T10:00:00"},
            {7, 4, "2024-01-20", "same"},
            {8, 4, "2024-01-20", "same"}, // a tie: by id
            {9, 5, "not a date", "2024-01-01"},
            {10, 6, "2024-01-05", "A\xf0\x9f\x98\x80"}, // U+1F600: after U+FF5E in UTF-8
            {11, 6, "2024-01-05", "A\xef\xbd\x9e"},     // U+FF5E: after U+1F600 in UTF-16
            {12, 0, "2023-12-31", "guest"},
        };
        for (const auto& o : orders) {
            test::insertOrder(*ws, o.id, o.customer, QStringLiteral("2024-01-01"), 10.0);
            ws->db()
                .prepare("UPDATE orders SET order_date = ?1, created_at = ?2 WHERE id = ?3")
                .bind(1, QString::fromUtf8(o.date))
                .bind(2, QString::fromUtf8(o.createdAt))
                .bind(3, static_cast<std::int64_t>(o.id))
                .run();
        }
        // Order 11 is personalized; in exposure's sequence (creation times as UTF-16 compares
        // them) order 10 comes first and stays generic, though SQLite's byte order puts 11 first.
        QString error;
        QVERIFY2(PersonalizationRules::add(*ws, QStringLiteral("order-tag"), QStringLiteral("vip"),
                                           &error),
                 qPrintable(error));
        ws->db().exec("UPDATE orders SET tags = 'vip' WHERE id = 11");
        const QStringList expected = sqliteSequence(*ws);
        const OrderSnapshot snapshot = OrderSnapshot::load(*ws);
        QCOMPARE(sequenceOf(snapshot).join(u' '), expected.join(u' '));
        QVERIFY2(expected.size() >= 10, qPrintable(expected.join(u' ')));
        for (const SnapshotOrder& order : snapshot.orders) {
            if (order.id == 10 || order.id == 11)
                QVERIFY2(
                    order.exposed == (order.id == 11),
                    qPrintable(QStringLiteral("order %1 is %2")
                                   .arg(order.id)
                                   .arg(QLatin1String(order.exposed ? "exposed" : "not exposed"))));
        }
        for (const auto& [id, customer] : snapshot.customers)
            QVERIFY2(std::is_sorted(customer.days.begin(), customer.days.end()),
                     qPrintable(QStringLiteral("customer %1's days are not ascending").arg(id)));
    }

    void isoDatesComeInSqlitesSequence_data() {
        QTest::addColumn<QString>("lastDate");
        QTest::newRow("days close together (counted into days)") << QStringLiteral("2024-03-09");
        QTest::newRow("days far apart (sorted whole)") << QStringLiteral("9999-12-31");
    }

    void isoDatesComeInSqlitesSequence() {
        QFETCH(QString, lastDate);
        test::TempDir dir;
        auto ws =
            Workspace::open(dir.path(QStringLiteral("iso.pvi")), Workspace::Mode::CreateOrOpen)
                .workspace;
        QVERIFY(ws);
        // 60 orders over 4 days, read in id order: the days interleaved, the times of a day out
        // of order, ties broken by id, seven customers and some guests.
        const QString dates[] = {QStringLiteral("2024-03-02"), lastDate,
                                 QStringLiteral("2024-03-01"), QStringLiteral("2024-03-02")};
        for (qint64 id = 1; id <= 60; ++id) {
            const qint64 customer = id % 9 < 7 ? 1 + (id * 5) % 7 : 0;
            test::insertOrder(*ws, id, customer, QStringLiteral("2024-01-01"), 10.0);
            const QString date = dates[id % 4];
            const QString time = QStringLiteral("T%1:00:00").arg((id * 7) % 24, 2, 10, QChar(u'0'));
            ws->db()
                .prepare("UPDATE orders SET order_date = ?1, created_at = ?2 WHERE id = ?3")
                .bind(1, date)
                .bind(2, id % 10 == 0 ? QStringLiteral("tie") : date + time)
                .bind(3, static_cast<std::int64_t>(id))
                .run();
        }
        const QStringList expected = sqliteSequence(*ws);
        const OrderSnapshot snapshot = OrderSnapshot::load(*ws);
        QCOMPARE(sequenceOf(snapshot).join(u' '), expected.join(u' '));
        QCOMPARE(expected.size(), 60);

        QCOMPARE(snapshot.customerIds.size(), std::size_t(7));
        QVERIFY(std::is_sorted(snapshot.customerIds.begin(), snapshot.customerIds.end()));
        QCOMPARE(snapshot.orderCustomers.size(), snapshot.orders.size());
        for (std::size_t i = 0; i < snapshot.orders.size(); ++i) {
            const qint64 customer = snapshot.orders[i].customerId;
            const std::uint32_t number = snapshot.orderCustomers[i];
            QVERIFY2(customer == 0 ? number == OrderSnapshot::kNoCustomerIndex
                                   : snapshot.customerIds.at(number) == customer,
                     qPrintable(QStringLiteral("order %1 has customer number %2")
                                    .arg(snapshot.orders[i].id)
                                    .arg(number)));
            if (customer == 0)
                continue;
            const std::vector<std::size_t>& own = snapshot.customers.at(customer).orders;
            QVERIFY2(std::find(own.begin(), own.end(), i) != own.end(),
                     qPrintable(QStringLiteral("order %1 is missing from customer %2's orders")
                                    .arg(snapshot.orders[i].id)
                                    .arg(customer)));
        }
        for (const auto& [id, customer] : snapshot.customers) {
            QVERIFY(std::is_sorted(customer.orders.begin(), customer.orders.end()));
            QCOMPARE(customer.days.size(), customer.orders.size());
        }
    }
};

PVI_TEST_CLASS(TestSnapshotSequence)
#include "test_snapshot_sequence.moc"
