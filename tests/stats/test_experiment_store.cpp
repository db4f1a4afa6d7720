// Experiments in the workspace: CSV import in both layouts, save/load round trip, and the
// analysis of stored experiments against the same scipy/statsmodels references as the model
// (tests/reference/stats/ab_cases.json): the per-visitor fixture holds the revenue values of
// the "small hand example" mean case, the totals fixture the counts of the "typical" and
// "sample ratio mismatch" rate cases. Tolerances as in test_ab_reference.
#include "analytics/experiments/experiment_analysis.h"
#include "analytics/experiments/experiment_store.h"
#include "importers/experiment_csv_importer.h"
#include "reference_compare.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace pvi;
using pvi::test::kProbability;
using pvi::test::kPValue;
using pvi::test::kStatistic;
using pvi::test::mismatch;
using pvi::test::Tolerance;

namespace {

QString fixture(const char* name) {
    return QStringLiteral(PVI_FIXTURES_DIR "/stats/") + QLatin1String(name);
}

QJsonObject namedCase(const char* list, const char* name) {
    for (const QJsonValue& v : pvi::test::loadAbReference().value(QLatin1String(list)).toArray()) {
        if (v[u"name"].toString() == QLatin1String(name))
            return v.toObject();
    }
    return {};
}

} // namespace

class TestExperimentStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importsPerVisitorRows() {
        const ExperimentImport imported = importExperimentCsv(fixture("experiment_visitors.csv"));
        QVERIFY2(imported.ok(), qPrintable(imported.errors.join(u"\n")));
        QCOMPARE(imported.experiments.size(), std::size_t{1});
        const Experiment& e = imported.experiments.front();
        QCOMPARE(e.name, u"hero-banner"_qs);
        QCOMPARE(e.endedOn, QDate(2026, 1, 31));
        QVERIFY(e.control() != nullptr);
        QCOMPARE(e.control()->name, u"control"_qs); // named "control", no is_control column
        QCOMPARE(e.arms.size(), std::size_t{2});
        // Hand count: 5 control rows summing 20, 6 treatment rows summing 46.
        QCOMPARE(e.control()->conversions, (ProportionSummary{5, 5}));
        QCOMPARE(e.control()->revenue.sum, 20.0);
        QCOMPARE(e.arms[1].revenue.sum, 46.0);
        QCOMPARE(e.arms[1].units.size(), std::size_t{6});
        QVERIFY(imported.warnings.isEmpty());
    }

    void importsArmTotals() {
        const ExperimentImport imported = importExperimentCsv(fixture("experiment_totals.csv"));
        QVERIFY2(imported.ok(), qPrintable(imported.errors.join(u"\n")));
        QCOMPARE(imported.experiments.size(), std::size_t{2});
        const Experiment& email = imported.experiments[0];
        QCOMPARE(email.control()->name, u"generic"_qs); // marked with is_control
        QCOMPARE(email.control()->plannedShare.value_or(0), 0.5);
        QCOMPARE(email.arms[1].revenue, (MeanSummary{1000, 6500, 330000}));
        QCOMPARE(email.startedOn, QDate(2026, 1, 5));
        QVERIFY(!imported.experiments[1].endedOn.isValid());
    }

    void rejectsBadRows() {
        const ExperimentImport imported = importExperimentCsv(fixture("experiment_bad.csv"));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.errors.size(), 2); // conversions > visitors (line 2), 'x' (line 3)
        QVERIFY2(imported.errors[0].contains(u":2: "), qPrintable(imported.errors[0]));
        QVERIFY2(imported.errors[1].contains(u":3: "), qPrintable(imported.errors[1]));
        QVERIFY(!importExperimentCsv(fixture("missing.csv")).ok());
    }

    void roundTripsThroughTheWorkspace() {
        pvi::test::TempDir dir;
        auto opened = Workspace::open(dir.path(u"shop.pvi"_qs), Workspace::Mode::CreateOrOpen);
        QVERIFY2(opened.workspace, qPrintable(opened.error));
        ExperimentStore store(opened.workspace->db());
        for (const char* file : {"experiment_visitors.csv", "experiment_totals.csv"}) {
            for (const Experiment& e : importExperimentCsv(fixture(file)).experiments)
                store.save(e);
        }
        // Saving again replaces, never duplicates.
        store.save(importExperimentCsv(fixture("experiment_visitors.csv")).experiments.front());
        const std::vector<Experiment> all = store.loadAll();
        QCOMPARE(all.size(), std::size_t{3});
        const auto hero = store.load(u"hero-banner"_qs);
        QVERIFY(hero.has_value());
        QCOMPARE(hero->arms.size(), std::size_t{2});
        QCOMPARE(hero->control()->units.size(), std::size_t{5});
        QCOMPARE(hero->arms[1].revenue.sumSquares, 4.0 + 25 + 49 + 81 + 121 + 144);
        // Without the per-visitor rows (as a refresh reads them): the same experiments, arms
        // and totals, in the same order, no unit.
        const std::vector<Experiment> totals = store.loadAll(ExperimentStore::Units::Skip);
        QCOMPARE(totals.size(), all.size());
        for (std::size_t e = 0; e < all.size(); ++e) {
            QCOMPARE(totals[e].name, all[e].name);
            QCOMPARE(totals[e].arms.size(), all[e].arms.size());
            for (std::size_t a = 0; a < all[e].arms.size(); ++a) {
                const ExperimentArm& with = all[e].arms[a];
                const ExperimentArm& without = totals[e].arms[a];
                QCOMPARE(without.name, with.name);
                QVERIFY2(without.units.empty(), qPrintable(without.name));
                QCOMPARE(without.conversions.n, with.conversions.n);
                QCOMPARE(without.conversions.conversions, with.conversions.conversions);
                QCOMPARE(without.revenue.sum, with.revenue.sum);
                QCOMPARE(without.revenue.sumSquares, with.revenue.sumSquares);
            }
        }
        QVERIFY(std::any_of(all.begin(), all.end(), [](const Experiment& e) {
            return !e.arms.empty() && !e.arms.front().units.empty();
        }));
        store.remove(u"hero-banner"_qs);
        QVERIFY(!store.load(u"hero-banner"_qs).has_value());
    }

    void analysesMatchTheReferences() {
        std::vector<ExperimentAnalysis> analyses;
        for (const char* file : {"experiment_visitors.csv", "experiment_totals.csv"}) {
            for (const Experiment& e : importExperimentCsv(fixture(file)).experiments)
                analyses.push_back(analyzeExperiment(e));
        }
        QCOMPARE(analyses.size(), std::size_t{3});
        QStringList failures;
        const auto check = [&](const QString& what, const std::optional<double>& actual,
                               const QJsonValue& expected, Tolerance tolerance) {
            if (QString m = mismatch(what, actual, expected, tolerance); !m.isEmpty())
                failures << m;
        };
        // hero-banner: revenue of the "small hand example" (statsmodels/scipy Welch, scipy
        // mannwhitneyu, numpy delta method).
        const QJsonObject hand = namedCase("mean_cases", "small hand example");
        const ArmComparison& hero = analyses[0].comparisons.front();
        check(u"Welch t"_qs, hero.revenueWelch.statistic, hand[u"welch"][u"t"], kStatistic);
        check(u"Welch df"_qs, hero.revenueWelch.degreesOfFreedom, hand[u"welch"][u"df"],
              kStatistic);
        check(u"Welch p"_qs, hero.revenueWelch.pValue, hand[u"welch"][u"p_scipy"], kPValue);
        check(u"Mann-Whitney p"_qs, hero.revenueMannWhitney.pValue, hand[u"mann_whitney"][1],
              kPValue);
        check(u"mean lift"_qs, hero.revenueLiftPercent.high, hand[u"mean_lift_percent"][2],
              kStatistic);
        // Everybody converted in both arms: no z-test, a reason instead.
        QVERIFY(!hero.rates.z.pValue && !hero.rates.reasons.isEmpty());
        // welcome-email: the "typical" rate case; price-test: the "sample ratio mismatch" case.
        for (const auto& [index, name] :
             {std::pair{1, "welcome-email"}, std::pair{2, "price-test"}})
            QCOMPARE(analyses[static_cast<std::size_t>(index)].name, QLatin1String(name));
        const QJsonObject typical = namedCase("rate_cases", "typical");
        const RateComparison& email = analyses[1].comparisons.front().rates;
        check(u"typical p"_qs, email.pValue, typical[u"p_value"], kPValue);
        check(u"typical probability to beat"_qs, email.probabilityToBeat.value,
              typical[u"probability_to_beat"], {0, 1e-6});
        const QJsonObject srm = namedCase("rate_cases", "sample ratio mismatch");
        const RateComparison& price = analyses[2].comparisons.front().rates;
        check(u"SRM p"_qs, price.srm.test.pValue, srm[u"srm"][1], kPValue);
        QVERIFY(price.srm.mismatch);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n")));
    }

    void portfolioCountsConcludedWins() {
        std::vector<ExperimentAnalysis> analyses;
        for (const char* file : {"experiment_visitors.csv", "experiment_totals.csv"}) {
            for (const Experiment& e : importExperimentCsv(fixture(file)).experiments)
                analyses.push_back(analyzeExperiment(e));
        }
        // As of 2026-03-01 hero-banner (p = 1: Fisher, every visitor converted) and
        // welcome-email (p = 0.0074) are concluded; price-test has no end date.
        const PortfolioAnalysis p = analyzePortfolio(analyses, QDate(2026, 3, 1));
        QCOMPARE(p.tests.size(), std::size_t{2});
        // Holm with m = 2: the smaller p doubles (0.0148 < 0.05) -> welcome-email wins; 1 of 2.
        QCOMPARE(p.winRateHolm.wins, 1);
        QCOMPARE(p.winRateHolm.value.value_or(-1), 0.5);
        // Before either ended nothing is concluded: no win rate, a reason.
        const PortfolioAnalysis early = analyzePortfolio(analyses, QDate(2026, 1, 1));
        QVERIFY(!early.winRateHolm.value && !early.winRateHolm.reasons.isEmpty());
    }
};

PVI_TEST_CLASS(TestExperimentStore)
#include "test_experiment_store.moc"
