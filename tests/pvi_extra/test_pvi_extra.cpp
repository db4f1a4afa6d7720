// These tests check the wiring of families C and H into computeMetrics(): every value must equal
// what the underlying model function returns when called directly on the same workspace. The
// model functions themselves (BG/NBD, Gamma-Gamma, rate comparison, sample size, Holm) are
// tested against scipy/mpmath references in tests/clv and tests/stats. Tolerance: exact (the
// same computation on the same data), except 1e-9 relative for values the PVI rescales.
#include "analytics/anomalies/anomaly_detector.h"
#include "analytics/attribution/journey_stage_funnel.h"
#include "analytics/experiments/experiment_analysis.h"
#include "analytics/experiments/experiment_store.h"
#include "analytics/lifetime/clv_group_summary.h"
#include "analytics/lifetime/clv_workspace_analysis.h"
#include "analytics/targets/target_store.h"
#include "importers/demo_shop.h"
#include "importers/experiment_csv_importer.h"
#include "importers/import_runner.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/pvi_registry.h"
#include "pvi/experiments/pvi_experiments.h"
#include "pvi/orders/order_snapshot.h"
#include "stats/sample_size_planner.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QHash>
#include <QTest>

#include <cmath>

using namespace pvi;

namespace {

const PviResult* findResult(const std::vector<PviResult>& results, const char* id) {
    for (const PviResult& r : results) {
        if (r.id == QLatin1String(id))
            return &r;
    }
    return nullptr;
}

bool close(double actual, double expected) {
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

/// The experiments fixture's welcome-email (2026-01-05..02-10) and price-test (from 2026-02-01)
/// both run in this period; price-test started last.
const Period kPeriod{QDate(2026, 1, 1), QDate(2026, 3, 31)};

} // namespace

class TestPviExtra : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::vector<PviResult> m_results;
    double m_aov = 0;

private Q_SLOTS:
    void initTestCase() {
        auto opened =
            Workspace::open(m_dir.path(QStringLiteral("demo.pvi")), Workspace::Mode::CreateOrOpen);
        QVERIFY2(opened.workspace, qPrintable(opened.error));
        m_workspace = std::move(opened.workspace);
        QVERIFY(importFile(*m_workspace, demoShopFiles().constFirst()).ok);
        for (const DemoRule& rule : kDemoShopRules) {
            QString error;
            QVERIFY2(PersonalizationRules::add(*m_workspace, QString::fromLatin1(rule.kind),
                                               QString::fromLatin1(rule.pattern), &error),
                     qPrintable(error));
        }
        const ExperimentImport imported =
            importExperimentCsv(QStringLiteral(PVI_FIXTURES_DIR "/stats/experiment_totals.csv"));
        QVERIFY2(imported.ok(), qPrintable(imported.errors.join(u"; ")));
        ExperimentStore store(m_workspace->db());
        for (const Experiment& e : imported.experiments)
            store.save(e);
        m_results = computeMetrics(*m_workspace, {kPeriod, kPeriod.previous()});
        // A target for average_order_value, then the metrics again for the targets PVI.
        m_aov = *findResult(m_results, "average_order_value")->value;
        saveTarget(m_workspace->db(),
                   {QStringLiteral("average_order_value"), {m_aov - 1.0, {}, {}}});
        m_results = computeMetrics(*m_workspace, {kPeriod, kPeriod.previous()});
    }

    void everyNewPviIsRegisteredAndReturned() {
        for (const char* id :
             {"predicted_clv", "churn_risk", "clv_uplift", "ab_lift", "ab_p_value",
              "ab_probability_to_beat", "ab_sample_ratio_mismatch", "ab_required_sample",
              "ab_win_rate", "journey_stage_engagement", "anomalies", "targets"}) {
            QVERIFY2(PviRegistry::find(QString::fromLatin1(id)), id);
            const PviResult* r = findResult(m_results, id);
            QVERIFY2(r, id);
            QVERIFY2(r->available,
                     qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(id), r->reason)));
        }
    }

    void predictivePvisEqualTheClvModel() {
        const ClvWorkspaceAnalysis clv = analyzeWorkspaceClv(m_workspace->db(), kPeriod.to);
        QVERIFY2(clv.ok, qPrintable(clv.reason));
        const OrderSnapshot snapshot = OrderSnapshot::load(*m_workspace);
        QHash<QString, QString> all;
        QHash<QString, QString> exposure;
        for (const CustomerClvPrediction& c : clv.analysis.customers) {
            all.insert(c.id, QStringLiteral("all"));
            const bool exposed =
                snapshot.customers.at(c.id.toLongLong()).exposedBy(kPeriod.to.toJulianDay());
            exposure.insert(c.id, exposed ? QStringLiteral("exposed") : QStringLiteral("un"));
        }
        const ClvGroupSummary overall = summarizeClvByGroup(clv.analysis.customers, all).front();
        const auto groups = summarizeClvByGroup(clv.analysis.customers, exposure);
        QCOMPARE(groups.size(), std::size_t{2}); // sorted by name: "exposed", "un"
        const ClvGroupSummary& exposed = groups[0];
        const ClvGroupSummary& unexposed = groups[1];
        const double uplift = clvUplift(exposed, unexposed) * 100.0;

        const PviResult* clvPvi = findResult(m_results, "predicted_clv");
        QCOMPARE(*clvPvi->value, overall.meanClv);
        QCOMPARE(*clvPvi->personalized.value, exposed.meanClv);
        QCOMPARE(*clvPvi->control.value, unexposed.meanClv);
        QVERIFY(close(*clvPvi->liftPercent, uplift));

        const PviResult* churn = findResult(m_results, "churn_risk");
        QCOMPARE(*churn->value, overall.meanChurnRisk);
        // Over the repeat customers only: BG/NBD's P(alive) of a one-time buyer is 1 by
        // construction, so counting them would make churn look lower than it is.
        QCOMPARE(churn->n, qint64{overall.repeatCustomers});
        QVERIFY(overall.repeatCustomers > 0 && overall.repeatCustomers < overall.customers);
        QCOMPARE(*churn->personalized.value, exposed.meanChurnRisk);
        QCOMPARE(*churn->control.value, unexposed.meanChurnRisk);

        const PviResult* upliftPvi = findResult(m_results, "clv_uplift");
        QVERIFY2(close(*upliftPvi->value, uplift),
                 qPrintable(QStringLiteral("%1 vs %2").arg(*upliftPvi->value).arg(uplift)));
    }

    void experimentPvisEqualTheRateComparison() {
        const auto experiment =
            ExperimentStore(m_workspace->db()).load(QStringLiteral("price-test"));
        QVERIFY(experiment);
        const RateComparison rates = analyzeExperiment(*experiment).comparisons.front().rates;
        QCOMPARE(*findResult(m_results, "ab_lift")->value, *rates.liftPercent.estimate);
        QCOMPARE(findResult(m_results, "ab_lift")->liftCi95->first, *rates.liftPercent.low);
        QCOMPARE(*findResult(m_results, "ab_p_value")->value, *rates.pValue);
        QVERIFY(close(*findResult(m_results, "ab_probability_to_beat")->value,
                      *rates.probabilityToBeat.value * 100.0));
        QCOMPARE(*findResult(m_results, "ab_sample_ratio_mismatch")->value, *rates.srm.test.pValue);
        const SamplePlan plan = requiredSamplePerArm(rates.control.rate(), 0.05);
        QCOMPARE(*findResult(m_results, "ab_required_sample")->value,
                 static_cast<double>(*plan.perArm));
        QVERIFY(findResult(m_results, "ab_lift")->reason.contains(u"price-test"));
    }

    void winRateEqualsThePortfolio() {
        std::vector<ExperimentAnalysis> analyses;
        for (const Experiment& e : ExperimentStore(m_workspace->db()).loadAll())
            analyses.push_back(analyzeExperiment(e));
        const PortfolioAnalysis portfolio = analyzePortfolio(analyses, kPeriod.to);
        const PviResult* r = findResult(m_results, "ab_win_rate");
        QVERIFY(close(*r->value, *portfolio.winRateHolm.value * 100.0));
        QCOMPARE(r->n, qint64{portfolio.winRateHolm.concluded});
    }

    void requiredSampleMatchesEvanMiller() {
        // Evan Miller's sample size calculator (evanmiller.org/ab-testing/sample-size.html),
        // baseline 20%, minimum detectable effect 5 points absolute, power 80%, α = 5%: 1,030.
        const PviResult r = requiredSamplePvi(0.20, 0.05);
        QVERIFY2(r.available, qPrintable(r.reason));
        QCOMPARE(*r.value, 1030.0);
    }

    void journeyEqualsTheStageFunnel() {
        // Orders only: each customer of the period has the order stage, and the repeat stage when
        // they have more than one valid order by the period's end.
        const OrderSnapshot snapshot = OrderSnapshot::load(*m_workspace);
        const qint64 from = kPeriod.from.toJulianDay();
        const qint64 to = kPeriod.to.toJulianDay();
        std::vector<CustomerStageEvidence> evidence;
        for (const auto& [id, customer] : snapshot.customers) {
            if (customer.ordersBetween(from, to) == 0)
                continue;
            CustomerStageEvidence e;
            e.evidence[2] = true;
            e.evidence[3] = customer.ordersBetween(customer.firstDay(), to) > 1;
            e.personalized = customer.exposedBy(to);
            evidence.push_back(e);
        }
        const StageFunnel funnel = journeyStageFunnel(evidence);
        const PviResult* r = findResult(m_results, "journey_stage_engagement");
        QVERIFY(close(*r->value, funnel.overall[2].share() * 100.0));
        QCOMPARE(r->n, qint64{funnel.overall[2].reached});
        QVERIFY(close(*r->personalized.value, funnel.personalized[2].share() * 100.0));
        QVERIFY(close(*r->control.value, funnel.generic[2].share() * 100.0));
    }

    void anomaliesEqualTheDetector() {
        // The daily net revenue from 8 weeks before the period to its end, zeros included.
        const OrderSnapshot snapshot = OrderSnapshot::load(*m_workspace);
        DatedSeries series;
        for (QDate d = kPeriod.from.addDays(-56); d <= kPeriod.to; d = d.addDays(1))
            series[d] = 0.0;
        for (const SnapshotOrder& o : snapshot.orders) {
            const QDate d = QDate::fromJulianDay(o.day);
            if (series.count(d))
                series[d] += o.revenue;
        }
        std::vector<Anomaly> expected;
        for (const Anomaly& a : detectAnomalies(series, SeriesGranularity::Daily).anomalies) {
            if (a.date >= kPeriod.from)
                expected.push_back(a);
        }
        const PviResult* r = findResult(m_results, "anomalies");
        QCOMPARE(*r->value, static_cast<double>(expected.size()));
        QCOMPARE(r->segments.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(r->segments[i].id, expected[i].date.toString(Qt::ISODate));
            QVERIFY(close(*r->segments[i].value, expected[i].value));
            QCOMPARE(*r->segments[i].control.value, expected[i].expected);
        }
    }

    void targetsEqualTheAssessment() {
        // One target, 1 below the period's average order value: assessTarget says on track.
        const TargetAssessment a =
            assessTarget(m_aov, {m_aov - 1.0, {}, {}}, TargetDirection::HigherIsBetter);
        const PviResult* r = findResult(m_results, "targets");
        QCOMPARE(r->n, qint64{1});
        QCOMPARE(*r->value, a.status == TargetStatus::OnTrack ? 100.0 : 0.0);
        // "Average order value: on track (target …)": the PVI, its status in words, the target.
        QCOMPARE(r->segments.front().id, QStringLiteral("average_order_value"));
        const QString status = targetStatusId(a.status).replace(u'_', u' ');
        QVERIFY2(r->segments.front().name.startsWith(QStringLiteral("Average order value: ") +
                                                     status + QStringLiteral(" (target ")),
                 qPrintable(r->segments.front().name));
    }

    void emptyWorkspaceIsUnavailableWithReasons() {
        auto opened =
            Workspace::open(m_dir.path(QStringLiteral("empty.pvi")), Workspace::Mode::CreateOrOpen);
        QVERIFY(opened.workspace);
        const auto results = computeMetrics(*opened.workspace, {kPeriod, kPeriod.previous()});
        for (const char* id : {"predicted_clv", "churn_risk", "clv_uplift"}) {
            const PviResult* r = findResult(results, id);
            QVERIFY(r && !r->available);
            QCOMPARE(r->reason, noOrdersImportedReason());
        }
        for (const char* id : {"ab_lift", "ab_p_value", "ab_probability_to_beat",
                               "ab_sample_ratio_mismatch", "ab_required_sample", "ab_win_rate"}) {
            const PviResult* r = findResult(results, id);
            QVERIFY(r && !r->available);
            QCOMPARE(r->reason, noExperimentsReason());
        }
        for (const char* id : {"journey_stage_engagement", "anomalies"}) {
            const PviResult* r = findResult(results, id);
            QVERIFY(r && !r->available);
            QCOMPARE(r->reason, noOrdersImportedReason());
        }
        const PviResult* targets = findResult(results, "targets");
        QVERIFY(targets && !targets->available);
        QCOMPARE(targets->reason, QStringLiteral("set a target for a PVI to see this"));
    }
};

PVI_TEST_CLASS(TestPviExtra)
#include "test_pvi_extra.moc"
