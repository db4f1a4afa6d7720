// The experiment methods beyond a finished test's verdict, against
// tests/reference/stats/experiment_methods.json (tests/reference/stats/make_experiment_methods.py,
// Debian's scipy 1.10 / statsmodels 0.13) and against simulations with a known truth:
// - the planner for uneven splits: statsmodels normal_sample_size_one_tail with ratio, and
//   NormalIndPower(ratio) where both variances coincide; relative 1e-9;
// - the always-valid mixture SPRT: its closed form against scipy quadrature of the mixture
//   likelihood ratio (relative 1e-7) and a seeded simulation of 2,000 A/A tests peeked daily;
// - CUPED: statsmodels OLS y ~ treatment + x and y ~ treatment on stored data; relative 1e-9;
// - portfolio shrinkage: posterior moments against scipy quadrature of the same hierarchical
//   model (within 0.07 posterior sd: Monte Carlo error of 4,000 draws), DerSimonian–Laird
//   against statsmodels combine_effects (relative 1e-9), and coverage by simulation.
#include "reference_compare.h"
#include "stats/always_valid.h"
#include "stats/cuped.h"
#include "stats/portfolio_shrinkage.h"
#include "stats/proportion_tests.h"
#include "stats/sample_size_planner.h"
#include "test_registry.h"

#include <QJsonArray>
#include <QTest>

#include <random>

using namespace pvi;
using namespace Qt::StringLiterals;
using pvi::test::kStatistic;
using pvi::test::MismatchList;
using pvi::test::Tolerance;

namespace {

const QJsonObject& methodsReference() {
    static const QJsonObject document = pvi::test::loadExperimentMethodsReference();
    return document;
}

ProportionSummary armFromPair(const QJsonValue& pair) {
    return {pair[0].toInteger(), pair[1].toInteger()};
}

PairedSummary pairedFromRows(const QJsonValue& rows) {
    PairedSummary s;
    for (const QJsonValue& row : rows.toArray())
        s.add(row[0].toDouble(), row[1].toDouble());
    return s;
}

/// Share of `runs` A/A tests (both arms converting at `rate`, `perArmPerDay` visitors each a
/// day, `days` days) that some daily look declares different: with the always-valid test, or
/// with the fixed-horizon z-test at each look.
struct PeekingErrors {
    double alwaysValid = 0;
    double fixedHorizon = 0;
};

PeekingErrors simulateAaPeeking(int runs, int days, int perArmPerDay, double rate,
                                std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::binomial_distribution<std::int64_t> conversions(perArmPerDay, rate);
    int sequentialStops = 0;
    int fixedStops = 0;
    for (int run = 0; run < runs; ++run) {
        ProportionSummary control;
        ProportionSummary treatment;
        bool sequentialStopped = false;
        bool fixedStopped = false;
        for (int day = 0; day < days; ++day) {
            control = control + ProportionSummary{perArmPerDay, conversions(random)};
            treatment = treatment + ProportionSummary{perArmPerDay, conversions(random)};
            sequentialStopped =
                sequentialStopped || alwaysValidDifference(control, treatment).mayStop;
            const TestResult z = twoProportionZTest(control, treatment);
            fixedStopped = fixedStopped || (z.pValue && *z.pValue < 0.05);
        }
        sequentialStops += sequentialStopped ? 1 : 0;
        fixedStops += fixedStopped ? 1 : 0;
    }
    return {double(sequentialStops) / runs, double(fixedStops) / runs};
}

} // namespace

class TestExperimentMethods : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!methodsReference().isEmpty(),
                 "tests/reference/stats/experiment_methods.json is missing");
    }

    void unevenSplitPlansMatchStatsmodels() {
        MismatchList m;
        for (const QJsonValue& v : methodsReference().value(u"split_plans").toArray()) {
            const SplitPlan plan = requiredSampleForSplit(
                v[u"baseline"].toDouble(), v[u"mde_absolute"].toDouble(),
                v[u"control_share"].toDouble(), v[u"power"].toDouble(), v[u"alpha"].toDouble());
            m.check(QStringLiteral("total for baseline %1, d %2, control share %3 "
                                   "(statsmodels normal_sample_size_one_tail)")
                        .arg(v[u"baseline"].toDouble())
                        .arg(v[u"mde_absolute"].toDouble())
                        .arg(v[u"control_share"].toDouble()),
                    plan.exactTotal, v[u"exact_total"], kStatistic);
        }
        for (const QJsonValue& v : methodsReference().value(u"equal_variance_plans").toArray()) {
            const SplitPlan plan =
                requiredSampleForSplit(v[u"baseline"].toDouble(), v[u"mde_absolute"].toDouble(),
                                       v[u"control_share"].toDouble());
            // NormalIndPower also counts the far tail (a few 1e-6 here): relative 1e-5.
            m.check(QStringLiteral("total for p %1 → %2, control share %3 (NormalIndPower)")
                        .arg(v[u"baseline"].toDouble())
                        .arg(1.0 - v[u"baseline"].toDouble())
                        .arg(v[u"control_share"].toDouble()),
                    plan.exactTotal, v[u"total_normal_ind_power"], Tolerance{1e-5, 0});
        }
        for (const QJsonValue& v : methodsReference().value(u"detectable_split").toArray()) {
            const DetectableEffect e = detectableEffectForSplit(
                v[u"baseline"].toDouble(), v[u"total"].toDouble(), v[u"control_share"].toDouble());
            m.check(QStringLiteral("detectable effect, baseline %1, %2 visitors, share %3 (brentq)")
                        .arg(v[u"baseline"].toDouble())
                        .arg(v[u"total"].toDouble())
                        .arg(v[u"control_share"].toDouble()),
                    e.mdeAbsolute, v[u"mde_absolute"], Tolerance{1e-9, 1e-12});
        }
        QVERIFY2(m.failures.isEmpty(), m.report().constData());
        // The even split is Evan Miller's per-arm formula doubled (20% → 25%: 1,030 per arm).
        const SplitPlan even = requiredSampleForSplit(0.2, 0.05, 0.5);
        QVERIFY2(even.control == 1031 && even.treatment == 1031,
                 qPrintable(QStringLiteral("expected 1,031 per arm (1,030.2 rounded up), got %1")
                                .arg(even.control.value_or(-1))));
        // An uneven split needs more visitors in total than an even one.
        const SplitPlan uneven = requiredSampleForSplit(0.2, 0.05, 0.8);
        QVERIFY2(uneven.exactTotal.value_or(0) > even.exactTotal.value_or(0),
                 "an 80/20 split should need more visitors than 50/50");
        QVERIFY(!requiredSampleForSplit(0.2, 0.05, 1.0).exactTotal);
    }

    void mixtureRatioMatchesQuadrature() {
        MismatchList m;
        for (const QJsonValue& v : methodsReference().value(u"msprt").toArray()) {
            const AlwaysValidResult r =
                alwaysValidDifference(armFromPair(v[u"control"]), armFromPair(v[u"treatment"]),
                                      v[u"alpha"].toDouble(), v[u"tau_relative"].toDouble());
            const QString name = v[u"name"].toString();
            const Tolerance quadrature{1e-7, 1e-12};
            m.check(name + u": variance V"_s, r.variance, v[u"variance"], kStatistic);
            m.check(name + u": mixing variance τ²"_s, r.tau2, v[u"tau2"], kStatistic);
            m.check(name + u": likelihood ratio (scipy quad)"_s, r.likelihoodRatio,
                    v[u"likelihood_ratio"], quadrature);
            m.check(name + u": always-valid p"_s, r.pValue, v[u"p_value"], quadrature);
            m.check(name + u": sequence low (brentq on quad)"_s, r.differenceSequence.low,
                    v[u"ci"][0], quadrature);
            m.check(name + u": sequence high (brentq on quad)"_s, r.differenceSequence.high,
                    v[u"ci"][1], quadrature);
            const bool stops = v[u"likelihood_ratio"].toDouble() >= 1.0 / v[u"alpha"].toDouble();
            if (r.mayStop != stops)
                m.failures << name + u": may stop should be "_s + (stops ? u"true"_s : u"false"_s);
        }
        QVERIFY2(m.failures.isEmpty(), m.report().constData());
        // The sequence is wider than the fixed-horizon interval it replaces, and holds the
        // estimate.
        const AlwaysValidResult r = alwaysValidDifference({4000, 120}, {4000, 175});
        QVERIFY(r.differenceSequence.defined());
        QVERIFY(*r.differenceSequence.low < *r.difference &&
                *r.difference < *r.differenceSequence.high);
        const double fixedHalf = 1.959963984540054 * std::sqrt(r.variance);
        QVERIFY2(*r.differenceSequence.high - *r.difference > fixedHalf,
                 "the always-valid interval should be wider than the fixed 95% Wald interval");
        QVERIFY(!alwaysValidDifference({0, 0}, {10, 1}).pValue);
        QVERIFY(!alwaysValidDifference({100, 0}, {100, 0}).pValue);
    }

    void cupedMatchesStatsmodelsOls() {
        MismatchList m;
        for (const QJsonValue& v : methodsReference().value(u"cuped").toArray()) {
            const CupedResult r =
                cupedDifference(pairedFromRows(v[u"control"]), pairedFromRows(v[u"treatment"]));
            const QString name = v[u"name"].toString() + u": "_s;
            // Boost's and scipy's Student t quantiles agree to ~1e-9 relative at few df.
            const Tolerance tQuantile{1e-8, 1e-12};
            m.check(name + u"adjusted difference (OLS treatment coefficient)"_s,
                    r.adjusted.estimate, v[u"adjusted"], kStatistic);
            m.check(name + u"adjusted standard error (OLS bse)"_s, r.adjustedStandardError,
                    v[u"adjusted_se"], kStatistic);
            m.check(name + u"adjusted interval low (OLS conf_int)"_s, r.adjusted.low,
                    v[u"adjusted_ci"][0], tQuantile);
            m.check(name + u"adjusted interval high (OLS conf_int)"_s, r.adjusted.high,
                    v[u"adjusted_ci"][1], tQuantile);
            m.check(name + u"θ (OLS coefficient of x)"_s, r.theta, v[u"theta"], kStatistic);
            m.check(name + u"plain difference (OLS y ~ treatment)"_s, r.plain.estimate, v[u"plain"],
                    kStatistic);
            m.check(name + u"plain standard error"_s, r.plainStandardError, v[u"plain_se"],
                    kStatistic);
            m.check(name + u"plain interval low"_s, r.plain.low, v[u"plain_ci"][0], tQuantile);
            m.check(name + u"plain interval high"_s, r.plain.high, v[u"plain_ci"][1], tQuantile);
            const double se = v[u"adjusted_se"].toDouble() / v[u"plain_se"].toDouble();
            m.check(name + u"variance reduction 1 − (se_adj / se_plain)²"_s, r.varianceReduction,
                    QJsonValue(1.0 - se * se), kStatistic);
        }
        QVERIFY2(m.failures.isEmpty(), m.report().constData());
        PairedSummary one;
        one.add(1.0, 2.0);
        QVERIFY2(!cupedDifference(one, one).adjusted.estimate, "one unit per arm is too few");
    }

    void shrinkageMatchesQuadrature() {
        MismatchList m;
        for (const QJsonValue& v : methodsReference().value(u"shrinkage").toArray()) {
            std::vector<ShrinkageInput> inputs;
            for (qsizetype i = 0; i < v[u"y"].toArray().size(); ++i)
                inputs.push_back({v[u"y"][i].toDouble(), v[u"variance"][i].toDouble(), 1.0});
            const PortfolioShrinkage p = shrinkPortfolio(inputs);
            const QString name = v[u"name"].toString() + u": "_s;
            QVERIFY2(p.tests.size() == inputs.size(), qPrintable(p.reasons.join(u"; "_s)));
            const std::optional<double> dl = derSimonianLairdTau2(inputs);
            m.check(name + u"DerSimonian–Laird τ² (statsmodels combine_effects)"_s, dl,
                    v[u"tau2_dersimonian_laird"], Tolerance{1e-9, 1e-12});
            for (std::size_t i = 0; i < inputs.size(); ++i) {
                const double sd = v[u"theta_sd"][qsizetype(i)].toDouble();
                const Tolerance monteCarlo{0, 0.07 * sd};
                m.check(name + u"posterior mean of θ_%1 (scipy quad)"_s.arg(i + 1), p.tests[i].mean,
                        v[u"theta_mean"][qsizetype(i)], monteCarlo);
                m.check(name + u"posterior sd of θ_%1 (scipy quad)"_s.arg(i + 1), p.tests[i].sd,
                        v[u"theta_sd"][qsizetype(i)], monteCarlo);
                if (!(p.tests[i].low <= p.tests[i].mean && p.tests[i].mean <= p.tests[i].high))
                    m.failures << name + u"the interval of θ_%1 should hold its mean"_s.arg(i + 1);
            }
            m.check(name + u"posterior mean of μ (scipy quad)"_s, p.overallLogRatio.estimate,
                    v[u"mu_mean"], Tolerance{0, 0.07 * v[u"mu_sd"].toDouble()});
        }
        QVERIFY2(m.failures.isEmpty(), m.report().constData());
        QVERIFY2(shrinkPortfolio({{0.1, 0.01, 1}, {0.2, 0.01, 1}}).tests.empty(),
                 "two tests are too few to shrink");
    }

    void shrunkIntervalsCoverTheTruth() {
        // 300 simulated portfolios of 8 tests, true log rate ratios drawn around μ = 0.05 with
        // τ = 0.1, standard errors 0.06 to 0.25 as small shops' tests have: the shrunk 95%
        // intervals hold the true effect about 95% of the time (at least 92%), and their
        // estimates are closer to the truth than the raw ones (smaller mean squared error).
        std::mt19937_64 random(151);
        std::normal_distribution<double> standard(0.0, 1.0);
        int covered = 0;
        int intervals = 0;
        double rawError = 0;
        double shrunkError = 0;
        for (int portfolio = 0; portfolio < 300; ++portfolio) {
            std::vector<ShrinkageInput> inputs;
            std::vector<double> truth;
            for (int i = 0; i < 8; ++i) {
                const double se = 0.06 + 0.19 * double(i) / 7.0;
                truth.push_back(0.05 + 0.1 * standard(random));
                inputs.push_back({truth.back() + se * standard(random), se * se, 1.0});
            }
            const PortfolioShrinkage p =
                shrinkPortfolio(inputs, 2000, std::uint64_t(portfolio) + 1);
            QVERIFY2(p.tests.size() == 8, qPrintable(p.reasons.join(u"; "_s)));
            for (std::size_t i = 0; i < 8; ++i) {
                ++intervals;
                covered += p.tests[i].low <= truth[i] && truth[i] <= p.tests[i].high ? 1 : 0;
                rawError += std::pow(inputs[i].logRatio - truth[i], 2);
                shrunkError += std::pow(p.tests[i].mean - truth[i], 2);
            }
        }
        const double coverage = double(covered) / intervals;
        qInfo("shrunk 95%% intervals: coverage %.4f over %d; MSE raw %.5f, shrunk %.5f", coverage,
              intervals, rawError / intervals, shrunkError / intervals);
        QVERIFY2(coverage >= 0.92 && coverage <= 0.99,
                 qPrintable(u"coverage %1, expected about 0.95 (0.92 to 0.99)"_s.arg(coverage)));
        QVERIFY2(
            shrunkError < rawError,
            qPrintable(
                u"shrunk MSE %1 should be below the raw MSE %2"_s.arg(shrunkError).arg(rawError)));
    }

    void aaTestsPeekedDailyKeepTypeOneError() {
        // 2,000 A/A tests, 28 daily looks, 150 visitors per arm a day converting at 4%: the
        // always-valid test must stop at most α = 5% of them; the same looks with the
        // fixed-horizon z-test stop far more often (which is why its p-value is not for
        // peeking). Seeded, so the counts are reproducible.
        const PeekingErrors e = simulateAaPeeking(2000, 28, 150, 0.04, 20261206);
        qInfo("A/A type I error with daily peeking: always-valid %.4f, fixed-horizon z %.4f",
              e.alwaysValid, e.fixedHorizon);
        QVERIFY2(e.alwaysValid <= 0.05,
                 qPrintable(QStringLiteral("always-valid type I error %1, expected at most 0.05")
                                .arg(e.alwaysValid)));
        QVERIFY2(e.fixedHorizon > 0.10,
                 qPrintable(QStringLiteral("peeking at the z-test should inflate its error well "
                                           "above 5%%; got %1")
                                .arg(e.fixedHorizon)));
    }

    void alwaysValidTestFindsARealLift() {
        // A 40% lift (4% → 5.6%) with the same traffic: most runs stop within the 28 days.
        std::mt19937_64 random(7);
        std::binomial_distribution<std::int64_t> control(150, 0.04);
        std::binomial_distribution<std::int64_t> treatment(150, 0.056);
        int stopped = 0;
        for (int run = 0; run < 500; ++run) {
            ProportionSummary c;
            ProportionSummary t;
            for (int day = 0; day < 28; ++day) {
                c = c + ProportionSummary{150, control(random)};
                t = t + ProportionSummary{150, treatment(random)};
                if (alwaysValidDifference(c, t).mayStop) {
                    ++stopped;
                    break;
                }
            }
        }
        QVERIFY2(stopped > 250, qPrintable(QStringLiteral("expected most of 500 runs with a real "
                                                          "40%% lift to stop, %1 did")
                                               .arg(stopped)));
    }
};

PVI_TEST_CLASS(TestExperimentMethods)
#include "test_experiment_methods.moc"
