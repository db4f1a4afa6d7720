// journey_stage_engagement in `pvi metrics` with web reports: the visit → order step from the
// landing-page reports (split by a landing-page-prefix rule) beside the order → repeat step from
// the orders (split by exposure). Expected values worked out by hand in the comments.
#include "pvi/engine/metrics_engine.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

const Period kPeriod{QDate(2024, 4, 1), QDate(2024, 4, 30)};

std::unique_ptr<Workspace> buildShop(const test::TempDir& dir, bool withWeb) {
    auto opened = Workspace::open(dir.path(u"shop.pvi"_s), Workspace::Mode::CreateOrOpen);
    if (!opened.workspace)
        qFatal("cannot open workspace: %s", qPrintable(opened.error));
    Workspace& ws = *opened.workspace;
    ws.db().exec("INSERT INTO import_batches (id, file_name, file_path, sha256, source, "
                 "imported_at) VALUES (1, 'o.csv', '/tmp/o.csv', 'x', 'shopify', "
                 "'2024-01-01T00:00:00Z')");
    ws.db().exec("INSERT INTO customers (id, email) VALUES (1, 'a@x'), (2, 'b@x'), (3, 'c@x'), "
                 "(4, 'd@x')");
    ws.db().exec("INSERT INTO personalization_rules (kind, pattern, created_at) VALUES "
                 "('order-tag', 'vip', '2024-01-01T00:00:00Z'), "
                 "('landing-page-prefix', '/for-you', '2024-01-01T00:00:00Z')");
    // Customer 1: two orders in April (repeat). Customer 2: one in March, one in April (repeat).
    // Customer 3: one in April. Customer 4: one in April tagged vip (exposed).
    ws.db().exec(
        "INSERT INTO orders (id, batch_id, source, order_key, customer_id, created_at, order_date, "
        "tags, is_valid, net_revenue) VALUES "
        "(1, 1, 'shopify', '1', 1, '2024-04-02T10:00:00Z', '2024-04-02', '', 1, 10), "
        "(2, 1, 'shopify', '2', 1, '2024-04-20T10:00:00Z', '2024-04-20', '', 1, 10), "
        "(3, 1, 'shopify', '3', 2, '2024-03-05T10:00:00Z', '2024-03-05', '', 1, 10), "
        "(4, 1, 'shopify', '4', 2, '2024-04-06T10:00:00Z', '2024-04-06', '', 1, 10), "
        "(5, 1, 'shopify', '5', 3, '2024-04-09T10:00:00Z', '2024-04-09', '', 1, 10), "
        "(6, 1, 'shopify', '6', 4, '2024-04-12T10:00:00Z', '2024-04-12', 'vip', 1, 10)");
    if (withWeb) {
        // April reports: /for-you/bread 100 sessions, 8 with a key event; /home 300 and 6. The
        // March report lies outside the period and is not counted.
        ws.db().exec(
            "INSERT INTO web_pages (batch_id, platform, date_from, date_to, page, sessions, "
            "conversions) VALUES "
            "(1, 'ga4', '2024-04-01', '2024-04-30', '/for-you/bread', 100, 8), "
            "(1, 'ga4', '2024-04-01', '2024-04-30', '/home', 300, 6), "
            "(1, 'ga4', '2024-03-01', '2024-03-31', '/home', 500, 50)");
    }
    return std::move(opened.workspace);
}

PviResult journeyResult(Workspace& ws) {
    const auto results = computeMetrics(ws, {kPeriod, kPeriod.previous()});
    const auto it = std::find_if(results.begin(), results.end(), [](const PviResult& r) {
        return r.id == u"journey_stage_engagement";
    });
    if (it == results.end())
        qFatal("journey_stage_engagement missing");
    return *it;
}

void expectValue(const std::optional<double>& actual, double expected, const char* what) {
    QVERIFY2(actual && std::abs(*actual - expected) < 1e-9,
             qPrintable(u"%1: actual %2, expected %3"_s.arg(QString::fromUtf8(what))
                            .arg(actual ? *actual : -1.0, 0, 'g', 17)
                            .arg(expected, 0, 'g', 17)));
}

} // namespace

class TestJourneyStageEngagement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void visitStepFromWebReports();
    void ordersOnlyWithoutWeb();
};

void TestJourneyStageEngagement::visitStepFromWebReports() {
    // visit → order: (8 + 6) / (100 + 300) = 3.5% of 400 sessions; personalized (/for-you)
    // 8 / 100 = 8%, generic 6 / 300 = 2%.
    // order → repeat: customers 1 and 2 of the 4 April customers = 50%; personalized (customer 4)
    // 0 / 1 = 0%; generic 2 / 3 = 66.67%.
    test::TempDir dir;
    auto ws = buildShop(dir, true);
    const PviResult r = journeyResult(*ws);
    QVERIFY2(r.available, qPrintable(r.reason));
    expectValue(r.value, 50.0, "value");
    QCOMPARE(r.n, qint64(4));
    QCOMPARE(r.segments.size(), std::size_t(2));
    const SegmentValue& visit = r.segments[0];
    QCOMPARE(visit.id, u"visit_to_order"_s);
    expectValue(visit.value, 3.5, "visit → order");
    QCOMPARE(visit.n, qint64(400));
    expectValue(visit.personalized.value, 8.0, "visit → order personalized");
    expectValue(visit.control.value, 2.0, "visit → order generic");
    const SegmentValue& repeat = r.segments[1];
    QCOMPARE(repeat.id, u"order_to_repeat"_s);
    expectValue(repeat.value, 50.0, "order → repeat");
    expectValue(repeat.personalized.value, 0.0, "order → repeat personalized");
    expectValue(repeat.control.value, 200.0 / 3.0, "order → repeat generic");
}

void TestJourneyStageEngagement::ordersOnlyWithoutWeb() {
    test::TempDir dir;
    auto ws = buildShop(dir, false);
    const PviResult r = journeyResult(*ws);
    QVERIFY2(r.available, qPrintable(r.reason));
    expectValue(r.value, 50.0, "value");
    QCOMPARE(r.segments.size(), std::size_t(1));
    QCOMPARE(r.segments[0].id, u"order_to_repeat"_s);
}

PVI_TEST_CLASS(TestJourneyStageEngagement)
#include "test_journey_stage_engagement.moc"
