// churn_risk per RFM segment, split by exposure: a hand-worked five-customer case, and the
// wiring into `pvi metrics` on the demo shop (the segment rows add up to the overall value).
#include "analytics/rfm/rfm_segment_map.h"
#include "importers/demo_shop.h"
#include "importers/import_runner.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi/reports/churn_by_segment.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

void expectGroup(const GroupValue& g, std::optional<double> value, qint64 n, const char* what) {
    QVERIFY2(g.n == n,
             qPrintable(u"%1: n %2, expected %3"_s.arg(QString::fromUtf8(what)).arg(g.n).arg(n)));
    QVERIFY2(g.value.has_value() == value.has_value() &&
                 (!value || std::abs(*g.value - *value) < 1e-12),
             qPrintable(u"%1: value %2, expected %3"_s.arg(QString::fromUtf8(what))
                            .arg(g.value ? *g.value : -1.0)
                            .arg(value ? *value : -1.0)));
}

/// Five customers as of 2024-06-30 whose R, F and M ranks agree (n = 5: ranks 1..5 are
/// quintile scores 1..5, see rfm_scores.h); weekly orders up to the last one, see the table in
/// handWorked().
OrderSnapshot fiveCustomers() {
    struct Plan {
        qint64 customer;
        int orders;
        QDate last;
        double revenue;
    };
    const Plan plans[] = {{1, 5, QDate(2024, 6, 29), 100},
                          {2, 4, QDate(2024, 6, 20), 90},
                          {3, 3, QDate(2024, 6, 1), 80},
                          {4, 2, QDate(2024, 5, 1), 50},
                          {5, 1, QDate(2024, 1, 10), 30}};
    OrderSnapshot s;
    s.hasRules = true;
    qint64 id = 0;
    for (const Plan& p : plans) {
        SnapshotCustomer& c = s.customers[p.customer];
        c.id = p.customer;
        for (int i = p.orders - 1; i >= 0; --i) {
            const qint64 day = p.last.addDays(-7 * i).toJulianDay();
            s.orders.push_back({++id, p.customer, day, p.revenue, std::nullopt, false, false});
            c.days.push_back(day);
        }
    }
    std::sort(s.orders.begin(), s.orders.end(),
              [](const SnapshotOrder& a, const SnapshotOrder& b) { return a.day < b.day; });
    s.customers[2].exposedDay = QDate(2024, 3, 1).toJulianDay(); // exposed
    s.customers[3].exposedDay = QDate(2024, 7, 5).toJulianDay(); // only after the as-of day
    return s;
}

} // namespace

class TestChurnBySegment : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handWorked();
    void metricsWiring();
};

void TestChurnBySegment::handWorked() {
    // customer  orders  last order  revenue  R F M  FM=(F+M+1)/2  segment        P(alive)
    //    1        5     2024-06-29    500    5 5 5       5        Champions        0.9
    //    2        4     2024-06-20    360    4 4 4       4        Champions        0.6 (exposed)
    //    3        3     2024-06-01    240    3 3 3       3        Need attention   0.5
    //    4        2     2024-05-01    100    2 2 2       2        Hibernating      0.2
    //    5        1     2024-01-10     30    1 1 1       1        Lost             0.1
    // Customer 99 has a prediction but no orders: left out. Customer 5 bought once (x = 0):
    // left out too, so Lost has no row. Churn risk = 1 − P(alive):
    // Champions mean (0.1 + 0.4) / 2 = 0.25, personalized 0.4 (customer 2), control 0.1;
    // Need attention 0.5 (customer 3 is exposed only after the as-of day: control);
    // Hibernating 0.8.
    const OrderSnapshot snapshot = fiveCustomers();
    std::vector<CustomerClvPrediction> predictions;
    struct Given {
        const char* id;
        double pAlive;
        double repeatPurchases;
    };
    const Given given[] = {{"1", 0.9, 4}, {"2", 0.6, 3}, {"3", 0.5, 2},
                           {"4", 0.2, 1}, {"5", 0.1, 0}, {"99", 0.3, 2}};
    for (const Given& g : given) {
        CustomerClvPrediction c;
        c.id = QString::fromLatin1(g.id);
        c.pAlive = g.pAlive;
        c.repeatPurchases = g.repeatPurchases;
        predictions.push_back(c);
    }
    const auto rows = churnRiskBySegment(predictions, snapshot, QDate(2024, 6, 30));
    QCOMPARE(rows.size(), std::size_t(3));
    QCOMPARE(rows[0].id, rfmSegmentId(RfmSegment::Champions));
    QCOMPARE(rows[0].name, rfmSegmentName(RfmSegment::Champions));
    expectGroup({rows[0].value, rows[0].n}, 0.25, 2, "champions");
    expectGroup(rows[0].personalized, 0.4, 1, "champions personalized");
    expectGroup(rows[0].control, 0.1, 1, "champions control");
    QCOMPARE(rows[1].id, rfmSegmentId(RfmSegment::NeedAttention));
    expectGroup({rows[1].value, rows[1].n}, 0.5, 1, "need attention");
    expectGroup(rows[1].personalized, std::nullopt, 0, "need attention personalized");
    expectGroup(rows[1].control, 0.5, 1, "need attention control");
    QCOMPARE(rows[2].id, rfmSegmentId(RfmSegment::Hibernating));
    expectGroup({rows[2].value, rows[2].n}, 0.8, 1, "hibernating");
}

void TestChurnBySegment::metricsWiring() {
    // On the demo shop with its rules, churn_risk's segment rows cover every customer of the
    // overall value once: Σ n = n, Σ value × n / n = value (1e-12 relative), and each row's
    // personalized and control customers add up to the row's.
    test::TempDir dir;
    auto opened = Workspace::open(dir.path(u"demo.pvi"_s), Workspace::Mode::CreateOrOpen);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    Workspace& ws = *opened.workspace;
    QVERIFY(importFile(ws, demoShopFiles().constFirst()).ok);
    for (const DemoRule& rule : kDemoShopRules) {
        QString error;
        QVERIFY2(PersonalizationRules::add(ws, QString::fromLatin1(rule.kind),
                                           QString::fromLatin1(rule.pattern), &error),
                 qPrintable(error));
    }
    const auto results = computeMetrics(ws, defaultMetricsQuery(ws));
    const auto churn = std::find_if(results.begin(), results.end(),
                                    [](const PviResult& r) { return r.id == u"churn_risk"; });
    QVERIFY(churn != results.end());
    QVERIFY2(churn->available, qPrintable(churn->reason));
    QVERIFY(churn->segments.size() >= 2);
    qint64 n = 0;
    double weighted = 0;
    for (const SegmentValue& s : churn->segments) {
        QVERIFY(s.value.has_value());
        QVERIFY(*s.value >= 0.0 && *s.value <= 1.0);
        QCOMPARE(s.personalized.n + s.control.n, s.n);
        n += s.n;
        weighted += *s.value * double(s.n);
    }
    QCOMPARE(n, churn->n);
    QVERIFY2(
        std::abs(weighted / double(n) - *churn->value) <= 1e-12 * *churn->value,
        qPrintable(u"weighted segment mean %1, overall %2"_s.arg(weighted / double(n), 0, 'g', 17)
                       .arg(*churn->value, 0, 'g', 17)));
}

PVI_TEST_CLASS(TestChurnBySegment)
#include "test_churn_by_segment.moc"
