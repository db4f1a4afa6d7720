// The PVI formulas on PVI.md's worked examples (by hand), the rule kinds and exposure, the
// registry, and the honest gaps: no orders, no rules, a period with nobody active before it.
#include "analytics/rfm/rfm_scores.h"
#include "analytics/rfm/rfm_segment_map.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/metrics_trend.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/pvi_formulas.h"
#include "pvi/engine/pvi_registry.h"
#include "pvi_fixture.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

#include <array>
#include <set>

using namespace pvi;

namespace {

RuleOrderFields orderTagged(QStringView tags) {
    RuleOrderFields order;
    order.tags = tags.toString();
    return order;
}

RuleOrderFields orderWithCode(QStringView discountCode) {
    RuleOrderFields order;
    order.discountCode = discountCode.toString();
    return order;
}

std::unique_ptr<Workspace> openWorkspace(const test::TempDir& dir, const QString& name) {
    auto opened = Workspace::open(dir.path(name), Workspace::Mode::CreateOrOpen);
    return std::move(opened.workspace);
}

/// The order-based PVIs of this suite, in registry order.
constexpr std::array<const char*, 18> kOrderPviIds = {
    "average_order_value",
    "revenue_per_customer",
    "aov_uplift",
    "incremental_revenue",
    "offer_redemption_rate",
    "customer_retention_rate",
    "repeat_purchase_rate",
    "purchase_frequency",
    "churn_rate",
    "customer_lifespan",
    "clv_simple",
    "clv_by_segment",
    "marketing_consent_rate",
    "rfm_segment",
    "segmentation_rate",
    "segment_growth_rate",
    "segment_conversion_rate",
    "segment_retention_rate",
};

const PviResult& byId(const std::vector<PviResult>& results, const char* id) {
    for (const PviResult& r : results) {
        if (r.id == QLatin1String(id))
            return r;
    }
    qFatal("no result for %s", id);
}

} // namespace

class TestPviFormulas : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void workedExamplesOfPviMd() {
        // customer_retention_rate: S=100, N=20, E=110 → (110 − 20) / 100 × 100 = 90%.
        QCOMPARE(*formulas::retentionRate(100, 20, 110), 90.0);
        // repeat_purchase_rate: 80 of 200 → 40%.
        QCOMPARE(*formulas::repeatPurchaseRate(80, 200), 40.0);
        // clv_simple: $50 × 2 orders/year × 3 years = $300.
        QCOMPARE(formulas::clvSimple(50.0, 2.0, 3.0), 300.0);
        // churn 20 of 80 = 25%; lifespan 1 / 0.25 = 4 years; 5% churn is capped at 10 years.
        QCOMPARE(*formulas::churnRate(80, 20), 25.0);
        QCOMPARE(formulas::lifespanYears(0.25), 4.0);
        QCOMPARE(formulas::lifespanYears(0.05), 10.0);
        QCOMPARE(formulas::lifespanYears(0.0), 10.0);
        // 30 orders by 10 customers in 73 days = 3 × 365 / 73 = 15 orders per year.
        QCOMPARE(*formulas::purchaseFrequency(30, 10, 73), 15.0);
        // lift: 12 vs 10 → +20%.
        QCOMPARE(*formulas::liftPercent(12.0, 10.0), 20.0);
        QVERIFY(!formulas::retentionRate(0, 0, 5));
        QVERIFY(!formulas::liftPercent(1.0, 0.0));
    }

    void quintilesFollowQcutOnRanks() {
        // 10 ranks: pandas qcut(range(1, 11), 5) puts 2 in each bin.
        QList<int> scores;
        for (int r = 1; r <= 10; ++r)
            scores << quintileOfRank(r, 10);
        QCOMPARE(scores, (QList<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5}));
        QCOMPARE(quintileOfRank(1, 1), 3);
        // The segment grid: R5 FM5 Champions, R1 FM5 Can't lose them, R1 FM1 Lost.
        QCOMPARE(rfmSegmentFor(5, 5), RfmSegment::Champions);
        QCOMPARE(rfmSegmentFor(1, 5), RfmSegment::CantLoseThem);
        QCOMPARE(rfmSegmentFor(1, 1), RfmSegment::Lost);
        QCOMPARE(rfmSegmentFor(5, 1), RfmSegment::New);
        QCOMPARE(rfmFmScore(4, 3), 4);
        std::set<RfmSegment> reachable;
        for (int r = 1; r <= 5; ++r)
            for (int fm = 1; fm <= 5; ++fm)
                reachable.insert(rfmSegmentFor(r, fm));
        QCOMPARE(reachable.size(), std::size_t{11});
    }

    void registryDescribesEveryPvi() {
        // The order-based PVIs come first; other families (email, surveys) follow them.
        const auto& all = PviRegistry::definitions();
        QVERIFY(all.size() >= kOrderPviIds.size());
        const std::vector<PviDefinition> definitions(
            all.begin(), all.begin() + static_cast<std::ptrdiff_t>(kOrderPviIds.size()));
        for (std::size_t i = 0; i < kOrderPviIds.size(); ++i)
            QCOMPARE(definitions[i].id, QLatin1String(kOrderPviIds[i]));
        const QStringList units{QStringLiteral("currency"),        QStringLiteral("percent"),
                                QStringLiteral("orders_per_year"), QStringLiteral("years"),
                                QStringLiteral("count"),           QStringLiteral("ratio")};
        for (const PviDefinition& d : definitions) {
            QVERIFY2(units.contains(pviUnitName(d.unit)), qPrintable(d.id));
            QVERIFY2(d.explanation.size() > 80 && d.formula.size() > 30, qPrintable(d.id));
            QVERIFY(!d.title.isEmpty() && !d.dataNeeded.isEmpty());
        }
        QVERIFY(PviRegistry::find(QStringLiteral("churn_rate")));
        QCOMPARE(PviRegistry::find(QStringLiteral("churn_rate"))->direction,
                 PviDefinition::Direction::LowerIsBetter);
        QVERIFY(!PviRegistry::find(QStringLiteral("nope")));
    }

    void rulesAreStoredAndMatchOrders() {
        test::TempDir dir;
        auto workspace = openWorkspace(dir, QStringLiteral("rules.pvi"));
        QVERIFY(workspace);
        QString error;
        QVERIFY(PersonalizationRules::add(*workspace, QStringLiteral("order-tag"),
                                          QStringLiteral(" Personalized "), &error));
        QVERIFY(!PersonalizationRules::add(*workspace, QStringLiteral("order-tag"),
                                           QStringLiteral("personalized"), &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QVERIFY(!PersonalizationRules::add(*workspace, QStringLiteral("bogus"), QStringLiteral("x"),
                                           &error));
        QVERIFY(error.contains(QStringLiteral("order-tag")));
        QVERIFY(!PersonalizationRules::add(*workspace, QStringLiteral("order-tag"),
                                           QStringLiteral("  "), &error));
        QVERIFY(PersonalizationRules::add(*workspace, QStringLiteral("discount-code-prefix"),
                                          QStringLiteral("vip"), &error));
        const auto rules = PersonalizationRules::list(*workspace);
        QCOMPARE(rules.size(), std::size_t{2});
        QCOMPARE(rules[0].pattern, QStringLiteral("Personalized"));
        const PersonalizationRule& tag = rules[0];
        const PersonalizationRule& prefix = rules[1];
        QVERIFY(PersonalizationRules::matchesOrder(tag, orderTagged(u"a, PERSONALIZED ,b")));
        QVERIFY(!PersonalizationRules::matchesOrder(tag, orderTagged(u"personalized-later")));
        QVERIFY(PersonalizationRules::matchesOrder(prefix, orderWithCode(u"Vip10")));
        QVERIFY(!PersonalizationRules::matchesOrder(prefix, orderWithCode(u"SPRINGVIP")));
        QVERIFY(PersonalizationRules::remove(*workspace, rules[0].id, &error));
        QVERIFY(!PersonalizationRules::remove(*workspace, rules[0].id, &error));
        QCOMPARE(PersonalizationRules::list(*workspace).size(), std::size_t{1});
    }

    void exposureStartsAtTheFirstPersonalizedOrder() {
        test::TempDir dir;
        auto workspace = openWorkspace(dir, QStringLiteral("exposure.pvi"));
        QString error;
        QVERIFY(PersonalizationRules::add(*workspace, QStringLiteral("order-tag"),
                                          QStringLiteral("p"), &error));
        // Customer 1: 10 before, 20 personalized, 30 after → exposed orders 20 and 30.
        test::insertOrder(*workspace, 1, 1, QStringLiteral("2024-01-10"), 10);
        test::insertOrder(*workspace, 2, 1, QStringLiteral("2024-02-10"), 20, QStringLiteral("p"));
        test::insertOrder(*workspace, 3, 1, QStringLiteral("2024-03-10"), 30);
        // Customer 2: never personalized, 40 and 60.
        test::insertOrder(*workspace, 4, 2, QStringLiteral("2024-02-15"), 40);
        test::insertOrder(*workspace, 5, 2, QStringLiteral("2024-03-15"), 60);
        const Period period{QDate(2024, 1, 1), QDate(2024, 3, 31)};
        const auto results = computeMetrics(*workspace, {period, period.previous()});
        const PviResult& aov = byId(results, "average_order_value");
        // Exposed orders 20, 30 → 25; others 10, 40, 60 → 36.666…
        QCOMPARE(*aov.personalized.value, 25.0);
        QCOMPARE(aov.personalized.n, qint64{2});
        QCOMPARE(*aov.control.value, 110.0 / 3.0);
        // Customer level by 2024-03-31: customer 1 (60) vs customer 2 (100).
        const PviResult& rpc = byId(results, "revenue_per_customer");
        QCOMPARE(*rpc.personalized.value, 60.0);
        QCOMPARE(*rpc.control.value, 100.0);
        const PviResult& incremental = byId(results, "incremental_revenue");
        QCOMPARE(*incremental.value, -40.0);
        // Before the personalized order, customer 1 counts as control.
        const Period january{QDate(2024, 1, 1), QDate(2024, 1, 31)};
        const auto early = computeMetrics(*workspace, {january, january.previous()});
        QCOMPARE(byId(early, "revenue_per_customer").control.n, qint64{1});
        QCOMPARE(byId(early, "revenue_per_customer").personalized.n, qint64{0});
        QVERIFY(!byId(early, "incremental_revenue").available);
    }

    void noOrdersMeansEveryPviUnavailable() {
        test::TempDir dir;
        auto workspace = openWorkspace(dir, QStringLiteral("empty.pvi"));
        const MetricsQuery query = defaultMetricsQuery(*workspace);
        QVERIFY(!query.period.isValid());
        const auto results = computeMetrics(*workspace, query);
        QCOMPARE(results.size(), PviRegistry::definitions().size());
        for (const char* id : kOrderPviIds) {
            const PviResult& r = byId(results, id);
            QVERIFY2(!r.available && !r.value, id);
            QCOMPARE(r.reason, QStringLiteral("import a Shopify orders export to see this"));
        }
    }

    void noRulesKeepsOverallValuesAndExplainsTheSplit() {
        test::TempDir dir;
        auto workspace = openWorkspace(dir, QStringLiteral("norules.pvi"));
        QString error;
        QVERIFY2(test::loadPviFixture(*workspace, &error), qPrintable(error));
        const Period period{QDate(2024, 10, 3), QDate(2024, 12, 31)};
        const auto results = computeMetrics(*workspace, {period, period.previous()});
        for (const char* id : {"average_order_value", "customer_retention_rate", "churn_rate",
                               "repeat_purchase_rate", "clv_simple"}) {
            const PviResult& r = byId(results, id);
            QVERIFY2(r.available && r.value, id);
            QVERIFY2(!r.personalized.value && !r.control.value && !r.pValue && !r.liftPercent, id);
            QVERIFY2(r.splitReason.contains(QStringLiteral("pvi rules add")), id);
            QVERIFY2(r.previous.value, id);
        }
        for (const char* id : {"aov_uplift", "incremental_revenue"}) {
            const PviResult& r = byId(results, id);
            QVERIFY2(!r.available && !r.value && r.reason.contains(QStringLiteral("rule")), id);
        }
        // The default period: the 90 days up to the latest valid order (2024-12-31 or before).
        const MetricsQuery query = defaultMetricsQuery(*workspace);
        QCOMPARE(query.period.days(), qint64{90});
        QCOMPARE(query.comparison.to, query.period.from.addDays(-1));
    }

    void periodWithNobodyActiveBefore() {
        test::TempDir dir;
        auto workspace = openWorkspace(dir, QStringLiteral("first.pvi"));
        test::insertOrder(*workspace, 1, 1, QStringLiteral("2024-01-10"), 10);
        test::insertOrder(*workspace, 2, 2, QStringLiteral("2024-01-20"), 30);
        const Period period{QDate(2024, 1, 1), QDate(2024, 1, 31)};
        const auto results = computeMetrics(*workspace, {period, period.previous()});
        for (const char* id : {"customer_retention_rate", "churn_rate", "customer_lifespan",
                               "clv_simple", "segment_growth_rate"}) {
            const PviResult& r = byId(results, id);
            QVERIFY2(!r.available && !r.value && !r.reason.isEmpty(), id);
        }
        QCOMPARE(byId(results, "customer_retention_rate").reason,
                 QStringLiteral("no customers were active before the period"));
        QCOMPARE(*byId(results, "average_order_value").value, 20.0);
        QVERIFY(!byId(results, "average_order_value").previous.value);
        QCOMPARE(byId(results, "average_order_value").previous.n, qint64{0});
    }

    void trendsCoverTheRequestedPeriods() {
        test::TempDir dir;
        auto workspace = openWorkspace(dir, QStringLiteral("trend.pvi"));
        test::insertOrder(*workspace, 1, 1, QStringLiteral("2024-01-10"), 10);
        test::insertOrder(*workspace, 2, 2, QStringLiteral("2024-01-20"), 30);
        test::insertOrder(*workspace, 3, 1, QStringLiteral("2024-03-05"), 50);
        const auto months = monthlyTrend(*workspace, {QDate(2024, 1, 1), QDate(2024, 3, 31)});
        QCOMPARE(months.size(), std::size_t{3});
        QCOMPARE(months[0].revenue, 40.0);
        QCOMPARE(months[0].customers, qint64{2});
        QCOMPARE(months[1].orders, qint64{0});
        QCOMPARE(months[2].revenue, 50.0);
        const auto trend = pviTrend(*workspace, QStringLiteral("average_order_value"),
                                    {QDate(2024, 3, 1), QDate(2024, 3, 31)}, 3);
        QCOMPARE(trend.size(), std::size_t{3});
        QCOMPARE(trend.back().first, QDate(2024, 3, 31));
        QCOMPARE(*trend.back().second, 50.0);
        QVERIFY(
            pviTrend(*workspace, QStringLiteral("nope"), {QDate(2024, 3, 1), QDate(2024, 3, 31)}, 3)
                .empty());
    }
};

PVI_TEST_CLASS(TestPviFormulas)
#include "test_pvi_formulas.moc"
