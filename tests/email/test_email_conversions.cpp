// An e-mail's conversion: a valid order of the clicking customer dated from the click's day to
// kEmailAttributionDays (5) after it. The e-mail facts find them among the order snapshot's days
// when every date is stored as YYYY-MM-DD, and by SQL's comparison of the date texts otherwise;
// both must give the conversions worked out here by hand.
#include "pvi/email/email_facts.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/orders/order_snapshot.h"
#include "store/email_fact_tables.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

#include <map>

using namespace pvi;

namespace {

/// Six customers, each sent campaign 'c' on 2025-03-01 and clicking it on 2025-03-10, with one
/// order each (customer 6 none):
///   1: 2025-03-10, the click's day: converted
///   2: 2025-03-15, five days after: converted
///   3: 2025-03-16, six days after: not
///   4: 2025-03-09, the day before: not
///   5: 2025-03-12, but not a valid order: not
/// and a guest order on 2025-03-11, which converts nobody.
void buildClickShop(Workspace& ws) {
    ws.db().exec("INSERT INTO import_batches (id, file_name, file_path, sha256, source, "
                 "imported_at) VALUES (1, 'fixture', 'fixture', '', 'fixture', "
                 "'2025-04-01T00:00:00Z')");
    for (int id = 1; id <= 6; ++id) {
        Statement customer = ws.db().prepare("INSERT INTO customers (id, email) VALUES (?1, ?2)");
        customer.bind(1, std::int64_t{id}).bind(2, QStringLiteral("c%1@example.net").arg(id));
        customer.run();
        for (const auto& [event, date] :
             {std::pair{"sent", "2025-03-01"}, {"click", "2025-03-10"}}) {
            Statement e = ws.db().prepare(
                "INSERT INTO email_events (batch_id, platform, campaign_key, campaign_name, "
                "customer_id, email, event, occurred_at, event_date) VALUES (1, 'mailchimp', 'c', "
                "'Campaign', ?1, ?2, ?3, ?4 || 'T08:00:00', ?4)");
            e.bind(1, std::int64_t{id})
                .bind(2, QStringLiteral("c%1@example.net").arg(id))
                .bind(3, QLatin1String(event))
                .bind(4, QLatin1String(date));
            e.run();
        }
    }
    const struct {
        std::int64_t id;
        std::int64_t customer; // 0: a guest
        const char* date;
        int valid;
    } orders[] = {{1, 1, "2025-03-10", 1}, {2, 2, "2025-03-15", 1}, {3, 3, "2025-03-16", 1},
                  {4, 4, "2025-03-09", 1}, {5, 5, "2025-03-12", 0}, {6, 0, "2025-03-11", 1}};
    for (const auto& o : orders) {
        Statement insert = ws.db().prepare(
            "INSERT INTO orders (id, batch_id, source, order_key, customer_id, created_at, "
            "order_date, net_revenue, is_valid) VALUES (?1, 1, 'fixture', ?1, nullif(?2, 0), "
            "?3 || 'T12:00:00', ?3, 10.0, ?4)");
        insert.bind(1, o.id).bind(2, o.customer).bind(3, QLatin1String(o.date)).bind(4, o.valid);
        insert.run();
    }
    rebuildEmailFacts(ws.db());
}

/// Each delivered customer and whether their delivery converted.
std::map<qint64, bool> conversionsByCustomer(const EmailFacts& facts) {
    std::map<qint64, bool> byCustomer;
    for (const EmailDelivery& d : facts.deliveries)
        byCustomer[d.customerId] = d.converted;
    return byCustomer;
}

} // namespace

class TestEmailConversions : public QObject {
    Q_OBJECT

    /// The click shop after `edit` (SQL), its facts rebuilt: the conversions of each customer
    /// found from the order snapshot and by SQL must both be `expected`; the snapshot's dates must
    /// be YYYY-MM-DD or not as `isoDates` says.
    void check(const char* edit, bool isoDates, const std::map<qint64, bool>& expected) {
        test::TempDir dir;
        auto ws =
            Workspace::open(dir.path(QStringLiteral("clicks.pvi")), Workspace::Mode::CreateOrOpen)
                .workspace;
        QVERIFY(ws);
        buildClickShop(*ws);
        ws->db().exec(edit);
        rebuildEmailFacts(ws->db());
        const OrderSnapshot snapshot = OrderSnapshot::load(*ws);
        QCOMPARE(snapshot.isoDates, isoDates);
        const std::vector<PersonalizationRule> rules = PersonalizationRules::list(*ws);
        QCOMPARE(conversionsByCustomer(EmailFacts::load(*ws, rules, [&] { return &snapshot; })),
                 expected);
        QCOMPARE(conversionsByCustomer(EmailFacts::load(*ws, rules)), expected);
    }

private Q_SLOTS:
    void fromTheSnapshotAndBySqlAlike() {
        check("", true, {{1, true}, {2, true}, {3, false}, {4, false}, {5, false}, {6, false}});
    }

    void anOrderDateWithATimeIsComparedAsSqlCompares() {
        // Customer 6 orders on "2025-03-15 18:00": as text it sorts after "2025-03-15", the last
        // day of the click's window, so SQLite's BETWEEN leaves it out. The snapshot's dates are
        // then not all YYYY-MM-DD, and the facts ask SQL.
        check("INSERT INTO orders (id, batch_id, source, order_key, customer_id, created_at, "
              "order_date, net_revenue, is_valid) VALUES (7, 1, 'fixture', 7, 6, "
              "'2025-03-15T18:00:00', '2025-03-15 18:00', 10.0, 1)",
              false, {{1, true}, {2, true}, {3, false}, {4, false}, {5, false}, {6, false}});
    }

    void aClickDateWithATimeIsComparedAsSqlCompares() {
        // Customer 1's click is dated "2025-03-10 07:00": as text, the order of "2025-03-10"
        // sorts before it, so SQLite's BETWEEN leaves it out. The orders' dates are all
        // YYYY-MM-DD, but this click's is not, so the facts ask SQL.
        check("UPDATE email_events SET event_date = '2025-03-10 07:00' WHERE customer_id = 1 AND "
              "event = 'click'",
              true, {{1, false}, {2, true}, {3, false}, {4, false}, {5, false}, {6, false}});
    }
};

PVI_TEST_CLASS(TestEmailConversions)
#include "test_email_conversions.moc"
