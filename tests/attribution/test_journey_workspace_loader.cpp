// Reading journeys from a workspace: the touchpoints/conversions tables, or the orders fallback.
#include "analytics/attribution/attribution_engine.h"
#include "analytics/attribution/journey_workspace_loader.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Workspace> openWorkspace(const test::TempDir& dir) {
    auto opened = Workspace::open(dir.path(u"shop.pvi"_s), Workspace::Mode::CreateOrOpen);
    if (!opened.workspace)
        qFatal("cannot open workspace: %s", qPrintable(opened.error));
    opened.workspace->db().exec(
        "INSERT INTO import_batches (id, file_name, file_path, sha256, source, imported_at) "
        "VALUES (1, 'orders.csv', '/tmp/orders.csv', 'x', 'shopify', '2024-01-01T00:00:00Z')");
    return std::move(opened.workspace);
}

void addOrder(Workspace& ws, int id, const QString& createdAt, double net, const QString& channel,
              bool valid = true) {
    ws.db()
        .prepare("INSERT INTO orders (id, batch_id, source, order_key, created_at, order_date, "
                 "channel, is_valid, net_revenue) VALUES (?, 1, 'shopify', ?, ?, ?, ?, ?, ?)")
        .bind(1, id)
        .bind(2, QString::number(id))
        .bind(3, createdAt)
        .bind(4, createdAt.left(10))
        .bind(5, channel)
        .bind(6, valid)
        .bind(7, net)
        .run();
}

} // namespace

class TestJourneyWorkspaceLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fromOrders();
    void fromTouchpointTables();
    void badTimestampIsAnError();
};

void TestJourneyWorkspaceLoader::fromOrders() {
    // Orders 1 (web, 30), 2 (pos, 20), 3 (web, 10, cancelled: not valid), 4 (no channel, 5).
    // Every model credits web 1 order / 30, pos 1 / 20, unknown 1 / 5. Markov: every path is
    // start > channel > conversion, P = 1; removing a channel loses its share of starts
    // (1/3 each), so each removal effect is 1/3 and the credit is again one order per channel;
    // its value credit is proportional to the removal effects too: 55/3 each.
    test::TempDir dir;
    auto ws = openWorkspace(dir);
    addOrder(*ws, 1, u"2024-03-05 10:00:00 -0500"_s, 30, u"web"_s);
    addOrder(*ws, 2, u"2024-03-06 10:00:00 -0500"_s, 20, u"pos"_s);
    addOrder(*ws, 3, u"2024-03-06 11:00:00 -0500"_s, 10, u"web"_s, false);
    addOrder(*ws, 4, u"2024-03-07 10:00:00 -0500"_s, 5, QString());
    const JourneyLoadResult r = loadJourneysFromWorkspace(*ws);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.journeys.size(), std::size_t{3});
    QVERIFY(r.notes.join(u' ').contains(u"weak signal"_s));
    QCOMPARE(r.journeys[0].convertedAt, QDateTime(QDate(2024, 3, 5), QTime(15, 0), Qt::UTC));
    const AttributionReport report = runAttribution(r.journeys);
    QCOMPARE(report.conversions, 3.0);
    for (const ModelCredit& m : report.models) {
        QCOMPARE(m.overall.conversions.size(), std::size_t{3});
        QVERIFY2(std::abs(m.overall.conversions.at(u"web"_s) - 1.0) < 1e-12, qPrintable(m.model));
        const bool markov = m.model == u"markov";
        QVERIFY2(std::abs(m.overall.value.at(u"pos"_s) - (markov ? 55.0 / 3 : 20.0)) < 1e-12,
                 qPrintable(m.model));
        QVERIFY2(std::abs(m.overall.value.at(u"unknown"_s) - (markov ? 55.0 / 3 : 5.0)) < 1e-12,
                 qPrintable(m.model));
    }
    QVERIFY(std::abs(report.models.back().removalEffect.at(u"pos"_s) - 1.0 / 3) < 1e-12);
}

void TestJourneyWorkspaceLoader::fromTouchpointTables() {
    test::TempDir dir;
    auto ws = openWorkspace(dir);
    addOrder(*ws, 1, u"2024-03-05 10:00:00"_s, 30, u"web"_s); // ignored: touchpoints exist
    ws->db().exec(
        "INSERT INTO touchpoints (journey_key, touched_at, channel, personalized) VALUES "
        "('J2', '2024-03-02T00:00:00Z', 'email', 1), ('J1', '2024-03-03T00:00:00Z', 'search', 0),"
        "('J1', '2024-03-01T00:00:00Z', 'social', 0), ('J1', '2024-03-09T00:00:00Z', 'email', 1);"
        "INSERT INTO conversions (journey_key, converted, converted_at, value) VALUES "
        "('J1', 1, '2024-03-04T00:00:00Z', 50), ('J2', 0, NULL, 0), ('J3', 1, NULL, 7);");
    const JourneyLoadResult r = loadJourneysFromWorkspace(*ws);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.journeys.size(), std::size_t{3});
    const Journey& j1 = r.journeys[0];
    QCOMPARE(j1.key, u"J1"_s);
    QVERIFY(j1.converted);
    QCOMPARE(j1.value, 50.0);
    QCOMPARE(j1.touches.size(), std::size_t{3});
    QCOMPARE(countedTouches(j1).size(), std::size_t{2}); // the email after the conversion drops
    QVERIFY(!r.journeys[1].converted);
    QVERIFY(r.journeys[1].touches[0].personalized);
    QVERIFY(r.journeys[2].converted);
    QVERIFY(r.journeys[2].touches.empty());
    const AttributionReport report = runAttribution(r.journeys);
    QCOMPARE(report.conversions, 1.0);
    QCOMPARE(report.unattributedConversions, 1);
    QCOMPARE(report.unattributedValue, 7.0);
}

void TestJourneyWorkspaceLoader::badTimestampIsAnError() {
    test::TempDir dir;
    auto ws = openWorkspace(dir);
    ws->db().exec("INSERT INTO touchpoints (id, journey_key, touched_at, channel) VALUES "
                  "(7, 'J1', 'yesterday', 'email')");
    const JourneyLoadResult r = loadJourneysFromWorkspace(*ws);
    QCOMPARE(r.error, u"touchpoints row 7: touched_at 'yesterday' is not a timestamp"_s);
}

PVI_TEST_CLASS(TestJourneyWorkspaceLoader)
#include "test_journey_workspace_loader.moc"
