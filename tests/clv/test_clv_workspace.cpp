// Lifetime value from a workspace: customer summaries from orders inserted with SQL (checked by
// hand), the model_parameters rows, and the backtest's bookkeeping.
#include "analytics/lifetime/bgnbd_predictions.h"
#include "analytics/lifetime/clv_backtest.h"
#include "analytics/lifetime/clv_group_summary.h"
#include "analytics/lifetime/clv_parameter_store.h"
#include "analytics/lifetime/clv_workspace_analysis.h"
#include "analytics/orders/last_order_day.h"
#include "analytics/rfm/rfm_summary.h"
#include "clv_test_data.h"
#include "pvi/lifetime/snapshot_purchase_days.h"
#include "pvi/orders/order_snapshot.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace pvi;

class TestClvWorkspace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void summaryFromOrders();
    void parametersStoredAsRows();
    void backtestCountsAndGrades();
    void skippedBacktestLeavesTheFitAlone();
    void groupSummariesByHand();
    void snapshotGivesTheWorkspacePurchaseDays();
};

namespace {

void insertOrder(Database& db, int id, std::optional<std::int64_t> customer, const char* date,
                 double net, bool valid) {
    db.prepare("INSERT INTO orders (id, batch_id, source, order_key, customer_id, created_at, "
               "order_date, is_valid, net_revenue) VALUES (?1, ?2, 'test', ?3, ?4, ?5, ?5, ?6, ?7)")
        .bind(1, id)
        .bind(2, id % 2 + 1)
        .bind(3, QString::number(id))
        .bind(4, customer)
        .bind(5, QString::fromLatin1(date))
        .bind(6, valid)
        .bind(7, net)
        .run();
}

std::unique_ptr<Workspace> handWorkedShop(const test::TempDir& dir) {
    auto opened =
        Workspace::open(dir.path(QStringLiteral("shop.pvi")), Workspace::Mode::CreateOrOpen);
    if (!opened.workspace)
        return nullptr;
    Database& db = opened.workspace->db();
    db.exec("INSERT INTO import_batches (id, file_name, file_path, sha256, source, imported_at) "
            "VALUES (1, 'a.csv', '/a.csv', 'x', 'test', '2024-03-01T00:00:00Z'), "
            "(2, 'b.csv', '/b.csv', 'y', 'test', '2024-03-01T00:00:00Z');"
            "INSERT INTO customers (id, email) VALUES (1, 'a@x'), (2, 'b@x'), (3, 'c@x');");
    // Customer 1: two orders on 2024-01-01 (one purchase day, $15), then 01-15 ($20) and 02-05
    // ($30); an invalid order on 02-10 does not count.
    insertOrder(db, 1, 1, "2024-01-01", 10.0, true);
    insertOrder(db, 2, 1, "2024-01-01", 5.0, true);
    insertOrder(db, 3, 1, "2024-01-15", 20.0, true);
    insertOrder(db, 4, 1, "2024-02-05", 30.0, true);
    insertOrder(db, 5, 1, "2024-02-10", 99.0, false);
    // Customer 2: one order. Customer 3: one order by the as-of date, one after it.
    insertOrder(db, 6, 2, "2024-01-10", 50.0, true);
    insertOrder(db, 7, 3, "2024-02-01", 8.0, true);
    insertOrder(db, 8, 3, "2024-03-01", 12.0, true);
    // A guest order without a customer.
    insertOrder(db, 9, std::nullopt, "2024-01-20", 40.0, true);
    return std::move(opened.workspace);
}

/// Empty when the run's purchase days (from its order snapshot) are exactly the workspace
/// query's, values compared bit for bit; else the first difference.
QString purchaseDaysDiffer(Workspace& workspace, const QDate& asOf) {
    const std::vector<CustomerPurchaseDays> expected =
        mergePurchaseDays(loadValidOrderPurchases(workspace.db(), asOf));
    const std::vector<CustomerPurchaseDays> actual =
        snapshotPurchaseDays(OrderSnapshot::load(workspace), asOf);
    const QString at = asOf.toString(Qt::ISODate);
    if (actual.size() != expected.size())
        return QStringLiteral("as of %1: %2 customers, expected %3")
            .arg(at)
            .arg(actual.size())
            .arg(expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const CustomerPurchaseDays& a = actual[i];
        const CustomerPurchaseDays& e = expected[i];
        if (a.customerId != e.customerId)
            return QStringLiteral("as of %1: customer %2 at %3, expected %4")
                .arg(at, a.customerId)
                .arg(i)
                .arg(e.customerId);
        if (a.days != e.days)
            return QStringLiteral("as of %1: customer %2 has %3 purchase days, expected %4")
                .arg(at, e.customerId)
                .arg(a.days.size())
                .arg(e.days.size());
        for (std::size_t d = 0; d < e.values.size(); ++d) {
            if (a.values[d] != e.values[d])
                return QStringLiteral("as of %1: customer %2 on %3: %4, expected %5")
                    .arg(at, e.customerId, e.days[d].toString(Qt::ISODate))
                    .arg(a.values[d], 0, 'g', 17)
                    .arg(e.values[d], 0, 'g', 17);
        }
    }
    return {};
}

} // namespace

void TestClvWorkspace::summaryFromOrders() {
    test::TempDir dir;
    auto ws = handWorkedShop(dir);
    QVERIFY(ws);
    const QDate asOf(2024, 2, 29);
    const auto summaries =
        buildCustomerSummaries(mergePurchaseDays(loadValidOrderPurchases(ws->db(), asOf)), asOf);
    QCOMPARE(summaries.size(), std::size_t{3});
    // By hand (weeks = days / 7):
    // customer 1: days 01-01, 01-15, 02-05 -> x = 2, t_x = 35/7 = 5, T = 59/7,
    //             zbar = (20 + 30) / 2 = 25 (the first day's $15 left out).
    // customer 2: 01-10 only -> x = 0, t_x = 0, T = 50/7, zbar = 0.
    // customer 3: 02-01 (03-01 is after the as-of date) -> x = 0, T = 28/7 = 4.
    const struct {
        const char* id;
        int x;
        double tx, T, zbar;
    } expected[] = {
        {"1", 2, 5.0, 59.0 / 7.0, 25.0}, {"2", 0, 0.0, 50.0 / 7.0, 0.0}, {"3", 0, 0.0, 4.0, 0.0}};
    for (std::size_t i = 0; i < 3; ++i) {
        const auto& s = summaries[i];
        const auto& e = expected[i];
        const QString msg = QStringLiteral("customer %1: x %2 t_x %3 T %4 zbar %5")
                                .arg(s.id)
                                .arg(s.x)
                                .arg(s.tx, 0, 'g', 12)
                                .arg(s.T, 0, 'g', 12)
                                .arg(s.zbar, 0, 'g', 12);
        QVERIFY2(s.id == QLatin1String(e.id) && s.x == e.x, qPrintable(msg));
        QVERIFY2(std::abs(s.tx - e.tx) < 1e-12 && std::abs(s.T - e.T) < 1e-12, qPrintable(msg));
        QVERIFY2(std::abs(s.zbar - e.zbar) < 1e-12, qPrintable(msg));
    }
    QCOMPARE(lastOrderDay(ws->db()), QDate(2024, 3, 1));
    // Orders 1..8 alternate between batches 2 and 1; the guest order is left out.
    QCOMPARE(validOrderBatches(ws->db(), asOf), QStringLiteral("1,2"));
    // Too few customers for a fit: a reason, not a crash.
    const auto analysis = analyzeWorkspaceClv(ws->db(), asOf);
    QVERIFY(analysis.ok);
    QVERIFY(!analysis.analysis.bgnbd.ok);
    QVERIFY2(analysis.analysis.bgnbd.reason.contains(u"too few"),
             qPrintable(analysis.analysis.bgnbd.reason));
}

void TestClvWorkspace::parametersStoredAsRows() {
    test::TempDir dir;
    auto ws = handWorkedShop(dir);
    QVERIFY(ws);
    BgNbdFit fit;
    fit.ok = true;
    fit.params = {0.25, 4.5, 0.8, 2.5};
    fit.standardErrors = {0.01, 0.4, 0.2, std::nan("")};
    fit.logLikelihood = -100.5;
    fit.customers = 42;
    const QDateTime at(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    storeModelParameters(ws->db(), bgNbdParameterRows(fit, at, QStringLiteral("1,2")));
    storeModelParameters(ws->db(), bgNbdParameterRows(fit, at, QStringLiteral("1,2"))); // replaces
    const auto rows = loadModelParameters(ws->db(), QStringLiteral("bgnbd"));
    QCOMPARE(rows.size(), std::size_t{6});
    QCOMPARE(rows[0].parameter, QStringLiteral("r"));
    QCOMPARE(rows[0].value, 0.25);
    QCOMPARE(rows[0].stdError.value_or(-1.0), 0.01);
    QCOMPARE(rows[3].parameter, QStringLiteral("b"));
    QVERIFY(!rows[3].stdError.has_value()); // NaN standard error stored as NULL
    QCOMPARE(rows[4].parameter, QStringLiteral("log_likelihood"));
    QCOMPARE(rows[4].value, -100.5);
    QCOMPARE(rows[5].value, 42.0);
    QCOMPARE(rows[0].fittedAt, QStringLiteral("2024-03-01T12:00:00Z"));
    QCOMPARE(rows[0].batches, QStringLiteral("1,2"));
}

void TestClvWorkspace::backtestCountsAndGrades() {
    QCOMPARE(gradeBacktest(0.05), QStringLiteral("good"));
    QCOMPARE(gradeBacktest(-0.10), QStringLiteral("good"));
    QCOMPARE(gradeBacktest(0.15), QStringLiteral("fair"));
    QCOMPARE(gradeBacktest(-0.35), QStringLiteral("poor"));
    QCOMPARE(gradeBacktest(std::nan("")), QStringLiteral("ungraded"));
    // A quarter of the history, at most 26 weeks: 40 weeks -> 10, 200 weeks -> 26.
    QCOMPARE(defaultHoldoutWeeks(QDate(2024, 1, 1), QDate(2024, 1, 1).addDays(40 * 7)), 10);
    QCOMPARE(defaultHoldoutWeeks(QDate(2020, 1, 1), QDate(2020, 1, 1).addDays(200 * 7)), 26);

    const QDate start(2024, 1, 1);
    const auto purchases = test::generatePurchases(300, 12345u, start, 40);
    const auto days = mergePurchaseDays(purchases);
    const QDate asOf = start.addDays(40 * 7);
    const auto bt = runClvBacktest(days, asOf);
    QVERIFY2(bt.ok, qPrintable(bt.reason));
    // Holdout: a quarter of the whole weeks from the first purchase to the as-of date.
    QDate first = asOf;
    for (const auto& p : purchases)
        first = std::min(first, p.date);
    const int weeks = defaultHoldoutWeeks(first, asOf);
    QVERIFY2(weeks >= 9 && weeks <= 10, qPrintable(QString::number(weeks)));
    QCOMPARE(bt.holdoutWeeks, weeks);
    QCOMPARE(bt.calibrationEnd, asOf.addDays(-7 * weeks));
    // Actual: every purchase day in (calibrationEnd, asOf] of a customer who started by
    // calibrationEnd, counted in its week.
    std::vector<double> actual(static_cast<std::size_t>(weeks), 0.0);
    QHash<QString, QDate> firstDay;
    QSet<std::pair<QString, QDate>> seen; // same-day purchases are one purchase day
    for (const auto& p : purchases) {
        if (!firstDay.contains(p.customerId) || p.date < firstDay[p.customerId])
            firstDay[p.customerId] = p.date;
    }
    for (const auto& p : purchases) {
        if (firstDay[p.customerId] <= bt.calibrationEnd && p.date > bt.calibrationEnd &&
            p.date <= asOf && !seen.contains({p.customerId, p.date})) {
            seen.insert({p.customerId, p.date});
            actual[static_cast<std::size_t>((bt.calibrationEnd.daysTo(p.date) - 1) / 7)] += 1;
        }
    }
    const auto summaries = buildCustomerSummaries(days, bt.calibrationEnd);
    double cumulative = 0.0;
    QCOMPARE(bt.weeks.size(), actual.size());
    for (std::size_t w = 0; w < actual.size(); ++w) {
        cumulative += actual[w];
        QCOMPARE(bt.weeks[w].actualIncremental, actual[w]);
        QCOMPARE(bt.weeks[w].actualCumulative, cumulative);
        double predicted = 0.0;
        for (const auto& s : summaries)
            predicted += bgNbdConditionalExpectedPurchases(bt.fit.params, w + 1.0, s.x, s.tx, s.T);
        QVERIFY2(std::abs(bt.weeks[w].predictedCumulative - predicted) < 1e-9 * predicted,
                 qPrintable(QStringLiteral("week %1: %2 vs %3")
                                .arg(w + 1)
                                .arg(bt.weeks[w].predictedCumulative)
                                .arg(predicted)));
    }
    QCOMPARE(bt.actualTotal, cumulative);
    QCOMPARE(bt.grade, gradeBacktest((bt.predictedTotal - cumulative) / cumulative));
    QVERIFY2(bt.verdict.contains(bt.grade, Qt::CaseInsensitive), qPrintable(bt.verdict));
    qInfo("%s", qPrintable(bt.verdict));

    // Too regular a history (everybody keeps buying on a fixed rhythm) does not identify the
    // dropout process: the fit fails with a reason instead of inventing parameters.
    std::vector<PurchaseRecord> rhythm;
    for (int i = 0; i < 60; ++i) {
        for (int k = 0; k < 1 + i % 9; ++k)
            rhythm.push_back({QString::number(i), start.addDays(i % 40 + k * (5 + i % 11)), 10.0});
    }
    const auto regular = runClvBacktest(mergePurchaseDays(rhythm), start.addDays(90));
    QVERIFY(!regular.ok);
    QVERIFY2(regular.reason.contains(u"do not pin down"), qPrintable(regular.reason));
}

void TestClvWorkspace::skippedBacktestLeavesTheFitAlone() {
    // The PVIs read the fits and predictions alone and skip the backtest: what they read must be
    // what the analysis with the backtest gives, to the bit.
    const QDate start(2024, 1, 1);
    const auto days = mergePurchaseDays(test::generatePurchases(300, 12345u, start, 40));
    const QDate asOf = start.addDays(40 * 7);
    const auto with = analyzePurchaseDaysClv(days, asOf, ClvBacktestMode::Run);
    const auto without = analyzePurchaseDaysClv(days, asOf, ClvBacktestMode::Skip);
    QVERIFY2(with.ok && with.backtest.ok, qPrintable(with.backtest.reason));
    QVERIFY2(without.ok && !without.backtest.ok && without.backtest.weeks.empty(),
             "a skipped backtest leaves no weeks and ok = false");
    QVERIFY2(!without.backtest.reason.isEmpty(), "a skipped backtest says why it is empty");
    QVERIFY2(without.analysis.bgnbd.ok, qPrintable(without.analysis.bgnbd.reason));
    QVERIFY2(without.analysis.bgnbd.params.r == with.analysis.bgnbd.params.r &&
                 without.analysis.bgnbd.params.alpha == with.analysis.bgnbd.params.alpha,
             "the same BG/NBD parameters with and without the backtest");
    QCOMPARE(without.analysis.customers.size(), with.analysis.customers.size());
    for (std::size_t i = 0; i < with.analysis.customers.size(); ++i) {
        const CustomerClvPrediction& a = without.analysis.customers[i];
        const CustomerClvPrediction& b = with.analysis.customers[i];
        QVERIFY2(a.clv == b.clv && a.pAlive == b.pAlive,
                 qPrintable(
                     QStringLiteral("customer %1: CLV %2 vs %3").arg(b.id).arg(a.clv).arg(b.clv)));
    }
}

void TestClvWorkspace::groupSummariesByHand() {
    const double nan = std::nan("");
    const std::vector<CustomerClvPrediction> predictions{
        // id, P(alive), expected purchases, expected spend, CLV, repeat purchases x
        {QStringLiteral("1"), 0.8, 2.0, 20.0, 40.0, 3.0},
        {QStringLiteral("2"), 0.4, 1.0, 10.0, 10.0, 1.0},
        {QStringLiteral("3"), 0.6, 0.5, 30.0, 15.0, 2.0},
        {QStringLiteral("4"), 1.0, 0.3, nan, nan, 0.0},  // a one-time buyer, no spend model
        {QStringLiteral("5"), 0.5, 0.7, 12.0, 9.0, 1.0}, // in no group
    };
    const QHash<QString, QString> groupOf{{QStringLiteral("1"), QStringLiteral("personalized")},
                                          {QStringLiteral("2"), QStringLiteral("personalized")},
                                          {QStringLiteral("3"), QStringLiteral("control")},
                                          {QStringLiteral("4"), QStringLiteral("control")}};
    const auto groups = summarizeClvByGroup(predictions, groupOf);
    QCOMPARE(groups.size(), std::size_t{2});
    // Sorted by name: control first. By hand:
    // control: customers 3 and 4 -> P(alive) over the repeat customers only (4 bought once,
    //          its P(alive) = 1 says nothing): 0.6, churn 0.4; purchases (0.5 + 0.3) / 2 = 0.4,
    //          CLV only customer 3: mean 15, total 15.
    // personalized: 1 and 2, both repeat customers -> P(alive) (0.8 + 0.4) / 2 = 0.6,
    //          churn 0.4, purchases 1.5, CLV mean 25, total 50.
    const auto& c = groups[0];
    const auto& p = groups[1];
    QCOMPARE(c.group, QStringLiteral("control"));
    QCOMPARE(c.customers, 2);
    QCOMPARE(c.repeatCustomers, 1);
    QVERIFY(std::abs(c.meanPAlive - 0.6) < 1e-12 && std::abs(c.meanChurnRisk - 0.4) < 1e-12);
    QVERIFY(std::abs(c.meanExpectedPurchases - 0.4) < 1e-12);
    QCOMPARE(c.customersWithClv, 1);
    QCOMPARE(c.meanClv, 15.0);
    QCOMPARE(p.group, QStringLiteral("personalized"));
    QCOMPARE(p.repeatCustomers, 2);
    QVERIFY(std::abs(p.meanPAlive - 0.6) < 1e-12 && std::abs(p.meanChurnRisk - 0.4) < 1e-12);
    QCOMPARE(p.meanClv, 25.0);
    QCOMPARE(p.totalClv, 50.0);
    // Uplift: (25 - 15) / 15 = 2/3.
    QVERIFY(std::abs(clvUplift(p, c) - 2.0 / 3.0) < 1e-12);
    ClvGroupSummary empty;
    QVERIFY(std::isnan(clvUplift(p, empty)));
}

void TestClvWorkspace::snapshotGivesTheWorkspacePurchaseDays() {
    // The run fits the lifetime model on purchase days taken from its order snapshot; they must
    // be the ones the workspace query gives (which the CDNOW and reference tests check).
    test::TempDir dir;
    auto ws = handWorkedShop(dir);
    QVERIFY(ws);
    Database& db = ws->db();
    // Same-day orders whose times of day run against their ids: summed by id, 0.1 + 0.2 + 0.3
    // is 0.6000000000000001, summed in the snapshot's time order it would be 0.6.
    const struct {
        int id;
        std::int64_t customer;
        const char* createdAt;
        const char* date;
        double net;
    } extra[] = {{10, 2, "2024-02-20T18:00:00", "2024-02-20", 0.1},
                 {11, 2, "2024-02-20T12:00:00", "2024-02-20", 0.2},
                 {12, 2, "2024-02-20T09:00:00", "2024-02-20", 0.3},
                 // Customer 10 sorts before customer 2 as text, after it as a number.
                 {13, 10, "2024-01-05T10:00:00", "2024-01-05", 7.0},
                 {14, 10, "2024-01-06T10:00:00", "not a date", 9.0}};
    db.exec("INSERT INTO customers (id, email) VALUES (10, 'j@x')");
    for (const auto& o : extra)
        db.prepare("INSERT INTO orders (id, batch_id, source, order_key, customer_id, created_at, "
                   "order_date, is_valid, net_revenue) VALUES (?1, 1, 'test', ?2, ?3, ?4, ?5, 1, "
                   "?6)")
            .bind(1, o.id)
            .bind(2, QString::number(o.id))
            .bind(3, o.customer)
            .bind(4, QString::fromLatin1(o.createdAt))
            .bind(5, QString::fromLatin1(o.date))
            .bind(6, o.net)
            .run();
    for (const QDate& asOf : {QDate(2024, 1, 1), QDate(2024, 2, 20), QDate(2024, 2, 29)}) {
        const QString difference = purchaseDaysDiffer(*ws, asOf);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
    const auto days = snapshotPurchaseDays(OrderSnapshot::load(*ws), QDate(2024, 2, 29));
    QCOMPARE(days.size(), std::size_t{4});
    QCOMPARE(days.back().customerId, QStringLiteral("10"));

    // And on a generated shop of a few hundred customers, at two as-of dates.
    auto generated =
        Workspace::open(dir.path(QStringLiteral("generated.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY(generated.workspace);
    const QDate start(2023, 1, 2);
    test::insertOrders(generated.workspace->db(),
                       test::generatePurchases(400, 20261207, start, 52));
    for (const QDate& asOf : {start.addDays(200), start.addDays(364)}) {
        const QString difference = purchaseDaysDiffer(*generated.workspace, asOf);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

PVI_TEST_CLASS(TestClvWorkspace)
#include "test_clv_workspace.moc"
