// The order snapshot reads the orders in the table's order and puts them in the order of
// `ORDER BY order_date, created_at, id` itself: the same sequence as SQLite's, on dates and
// creation times stored in odd ways (a time after the date, ties, non-ASCII text, a character
// outside the BMP that UTF-16 and UTF-8 order differently), with each customer's days ascending;
// exposure then follows creation times as UTF-16 compares them.
#include "pvi/engine/personalization_rules.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi_fixture.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;

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
        QStringList expected;
        Statement sorted = ws->db().prepare(
            "SELECT id, order_date FROM orders WHERE is_valid = 1 ORDER BY order_date, "
            "created_at, id");
        while (sorted.step()) {
            if (QDate::fromString(sorted.columnText(1), Qt::ISODate).isValid())
                expected << QString::number(sorted.columnInt64(0));
        }
        const OrderSnapshot snapshot = OrderSnapshot::load(*ws);
        QStringList actual;
        for (const SnapshotOrder& order : snapshot.orders)
            actual << QString::number(order.id);
        QCOMPARE(actual.join(u' '), expected.join(u' '));
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
};

PVI_TEST_CLASS(TestSnapshotSequence)
#include "test_snapshot_sequence.moc"
