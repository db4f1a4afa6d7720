// Every A/B statistic of model/stats against tests/reference/stats/ab_cases.json, written by
// tests/reference/stats/make_reference.py with Debian's scipy 1.10 / statsmodels 0.13 / mpmath.
// Tolerances: p-values relative 1e-6; test statistics, intervals and lifts relative 1e-9
// (absolute 1e-12 near 0); probability to beat absolute 1e-6.
#include "reference_compare.h"
#include "stats/lift.h"
#include "stats/mann_whitney.h"
#include "stats/multiple_testing.h"
#include "stats/rate_comparison.h"
#include "stats/sample_size_planner.h"
#include "stats/welch_t_test.h"
#include "test_registry.h"

#include <QJsonArray>
#include <QTest>

#include <vector>

using namespace pvi;
using pvi::test::kProbability;
using pvi::test::kPValue;
using pvi::test::kStatistic;
using pvi::test::mismatch;
using pvi::test::Tolerance;

namespace {

QJsonObject reference() {
    static const QJsonObject document = pvi::test::loadAbReference();
    return document;
}

std::vector<double> values(const QJsonValue& array) {
    std::vector<double> out;
    for (const QJsonValue& v : array.toArray())
        out.push_back(v.toDouble());
    return out;
}

ProportionSummary arm(const QJsonValue& pair) {
    const QJsonArray a = pair.toArray();
    return {a.at(0).toInteger(), a.at(1).toInteger()};
}

/// Collects mismatches so that one failing case reports all its differences at once.
struct Checker {
    QStringList failures;
    void operator()(const QString& what, const std::optional<double>& actual,
                    const QJsonValue& expected, Tolerance tolerance) {
        if (QString m = mismatch(what, actual, expected, tolerance); !m.isEmpty())
            failures << m;
    }
};

} // namespace

class TestAbReference : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!reference().isEmpty(), "tests/reference/stats/ab_cases.json is missing");
        QVERIFY(reference().value(u"rate_cases").toArray().size() >= 12);
    }

    void rates_data() {
        QTest::addColumn<QJsonObject>("item");
        for (const QJsonValue& v : reference().value(u"rate_cases").toArray())
            QTest::newRow(v[u"name"].toString().toUtf8().constData()) << v.toObject();
    }

    void rates() {
        QFETCH(QJsonObject, item);
        const RateComparison c = compareRates(arm(item[u"control"]), arm(item[u"treatment"]),
                                              item[u"planned_split"].toDouble());
        Checker check;
        // statsmodels proportions_ztest (pooled)
        check(u"z statistic (proportions_ztest)"_qs, c.z.statistic, item[u"z"][0], kStatistic);
        check(u"z p (proportions_ztest)"_qs, c.z.pValue, item[u"z"][1], kPValue);
        // scipy chi2_contingency(correction=False / True)
        check(u"chi2 (chi2_contingency)"_qs, c.chiSquare.statistic, item[u"chi_square"][0],
              kStatistic);
        check(u"chi2 p (chi2_contingency)"_qs, c.chiSquare.pValue, item[u"chi_square"][1], kPValue);
        check(u"Yates chi2 (chi2_contingency)"_qs, c.chiSquareYates.statistic,
              item[u"chi_square_yates"][0], kStatistic);
        check(u"Yates p (chi2_contingency)"_qs, c.chiSquareYates.pValue,
              item[u"chi_square_yates"][1], kPValue);
        // scipy fisher_exact two-sided
        check(u"Fisher p (fisher_exact)"_qs, c.fisherExact.pValue, item[u"fisher_p"], kPValue);
        check(u"headline p"_qs, c.pValue, item[u"p_value"], kPValue);
        if (item[u"p_value_source"].isString())
            QCOMPARE(c.pValueFromFisher, item[u"p_value_source"].toString() == u"fisher");
        // statsmodels proportion_confint(method='wilson')
        check(u"control Wilson low"_qs, c.controlWilson.low, item[u"control_wilson"][0],
              kStatistic);
        check(u"control Wilson high"_qs, c.controlWilson.high, item[u"control_wilson"][1],
              kStatistic);
        check(u"treatment Wilson low"_qs, c.treatmentWilson.low, item[u"treatment_wilson"][0],
              kStatistic);
        check(u"treatment Wilson high"_qs, c.treatmentWilson.high, item[u"treatment_wilson"][1],
              kStatistic);
        // statsmodels confint_proportions_2indep(method='newcomb', compare='diff')
        check(u"difference"_qs, c.difference.estimate, item[u"difference"][0], kStatistic);
        check(u"Newcombe low"_qs, c.difference.low, item[u"difference"][1], kStatistic);
        check(u"Newcombe high"_qs, c.difference.high, item[u"difference"][2], kStatistic);
        // confint_proportions_2indep(method='log', compare='ratio'), as percent
        check(u"lift %"_qs, c.liftPercent.estimate, item[u"lift_percent"][0], kStatistic);
        check(u"Katz lift low %"_qs, c.liftPercent.low, item[u"lift_percent"][1], kStatistic);
        check(u"Katz lift high %"_qs, c.liftPercent.high, item[u"lift_percent"][2], kStatistic);
        // mpmath / scipy quad integration of the Beta posteriors
        check(u"probability to beat (numeric integration)"_qs, c.probabilityToBeat.value,
              item[u"probability_to_beat"], kProbability);
        // scipy chisquare against the planned split
        check(u"SRM chi2 (chisquare)"_qs, c.srm.test.statistic, item[u"srm"][0], kStatistic);
        check(u"SRM p (chisquare)"_qs, c.srm.test.pValue, item[u"srm"][1], kPValue);
        QVERIFY2(check.failures.isEmpty(), qPrintable(check.failures.join(u"\n")));
        // Anything undefined says why.
        const bool anyUndefined = !c.z.defined() || !c.chiSquare.defined() ||
                                  !c.fisherExact.defined() || !c.liftPercent.defined() ||
                                  !c.difference.defined() || !c.pValue;
        QCOMPARE(!c.reasons.isEmpty(), anyUndefined);
        QVERIFY(!c.verdict.isEmpty());
    }

    void means_data() {
        QTest::addColumn<QJsonObject>("item");
        for (const QJsonValue& v : reference().value(u"mean_cases").toArray())
            QTest::newRow(v[u"name"].toString().toUtf8().constData()) << v.toObject();
    }

    void means() {
        QFETCH(QJsonObject, item);
        const std::vector<double> control = values(item[u"control"]);
        const std::vector<double> treatment = values(item[u"treatment"]);
        const MeanSummary c = MeanSummary::fromValues(control);
        const MeanSummary t = MeanSummary::fromValues(treatment);
        Checker check;
        const WelchResult w = welchTTest(c, t);
        const QJsonValue welch = item[u"welch"];
        const QJsonValue none;
        // statsmodels CompareMeans.ttest_ind / tconfint_diff (usevar='unequal')
        // numpy: t.mean() - c.mean(); it exists even when the test does not
        check(u"difference of means"_qs, w.difference, item[u"difference"], kStatistic);
        check(u"Welch t"_qs, w.statistic, welch.isNull() ? none : welch[u"t"], kStatistic);
        check(u"Welch df"_qs, w.degreesOfFreedom, welch.isNull() ? none : welch[u"df"], kStatistic);
        check(u"Welch p (ttest_ind equal_var=False)"_qs, w.pValue,
              welch.isNull() ? none : welch[u"p_scipy"], kPValue);
        check(u"Welch CI low"_qs, w.ciLow, welch.isNull() ? none : welch[u"ci"][0], kStatistic);
        check(u"Welch CI high"_qs, w.ciHigh, welch.isNull() ? none : welch[u"ci"][1], kStatistic);
        QCOMPARE(w.reasons.isEmpty(), w.defined());
        // Delta method on the relative difference, written out with numpy in the script.
        const Interval lift = meanLift(c, t);
        const QJsonValue l = item[u"mean_lift_percent"];
        check(u"mean lift %"_qs, lift.estimate, l.isNull() ? none : l[0], kStatistic);
        check(u"mean lift low %"_qs, lift.low, l.isNull() ? none : l[1], kStatistic);
        check(u"mean lift high %"_qs, lift.high, l.isNull() ? none : l[2], kStatistic);
        // scipy mannwhitneyu(t, c, use_continuity=True, method='asymptotic')
        const TestResult mw = mannWhitneyU(control, treatment);
        const QJsonValue m = item[u"mann_whitney"];
        if (!m.isNull())
            check(u"Mann-Whitney U"_qs, mw.statistic, m[0], kStatistic);
        check(u"Mann-Whitney p"_qs, mw.pValue, m.isNull() ? none : m[1], kPValue);
        QVERIFY2(check.failures.isEmpty(), qPrintable(check.failures.join(u"\n")));
    }

    void planning() {
        Checker check;
        for (const QJsonValue& v : reference().value(u"plan_cases").toArray()) {
            const SamplePlan plan =
                requiredSamplePerArm(v[u"baseline"].toDouble(), v[u"mde_absolute"].toDouble(),
                                     v[u"power"].toDouble(), v[u"alpha"].toDouble());
            const QString label = QStringLiteral("plan baseline %1 mde %2: ")
                                      .arg(v[u"baseline"].toDouble())
                                      .arg(v[u"mde_absolute"].toDouble());
            check(label + u"exact n (Evan Miller formula, scipy norm)"_qs, plan.exactPerArm,
                  v[u"exact_per_arm"], kStatistic);
            const std::optional<double> rounded =
                plan.perArm ? std::optional<double>(static_cast<double>(*plan.perArm))
                            : std::nullopt;
            check(label + u"rounded n"_qs, rounded, v[u"per_arm"], {0, 0});
        }
        // Evan Miller's calculator: 20% baseline, 5 points absolute -> 1,030 per arm.
        QCOMPARE(requiredSamplePerArm(0.2, 0.05).perArm.value_or(-1), 1030);
        QCOMPARE(requiredSamplePerArmRelative(0.2, 0.25).perArm.value_or(-1), 1030);
        for (const QJsonValue& v : reference().value(u"detectable_cases").toArray()) {
            const DetectableEffect e =
                detectableEffect(v[u"baseline"].toDouble(), v[u"visitors_per_arm"].toDouble());
            check(QStringLiteral("detectable effect at baseline %1 (brentq)")
                      .arg(v[u"baseline"].toDouble()),
                  e.mdeAbsolute, v[u"mde_absolute"], {1e-9, 1e-12});
        }
        QVERIFY2(check.failures.isEmpty(), qPrintable(check.failures.join(u"\n")));
    }

    void multipleTesting() {
        // statsmodels multipletests(method='holm' / 'fdr_bh')
        const QJsonObject m = reference().value(u"multiple_testing").toObject();
        const std::vector<double> p = values(m[u"p_values"]);
        const std::vector<double> lifts = values(m[u"lift_percent"]);
        std::vector<ConcludedTest> tests;
        for (std::size_t i = 0; i < p.size(); ++i)
            tests.push_back({p[i], lifts[i]});
        Checker check;
        for (const auto& [key, method] :
             {std::pair{u"holm"_qs, PAdjustment::Holm},
              std::pair{u"benjamini_hochberg"_qs, PAdjustment::BenjaminiHochberg}}) {
            const std::vector<double> adjusted = adjustedPValues(p, method);
            const QJsonArray expected = m[key][u"adjusted"].toArray();
            QCOMPARE(adjusted.size(), static_cast<std::size_t>(expected.size()));
            for (std::size_t i = 0; i < adjusted.size(); ++i)
                check(key + QStringLiteral(" adjusted p[%1]").arg(i), adjusted[i],
                      expected[static_cast<qsizetype>(i)], kPValue);
            const WinRate rate = abWinRate(tests, method);
            check(key + u" win rate"_qs, rate.value, m[key][u"win_rate"], {0, 1e-15});
            QCOMPARE(rate.wins, m[key][u"wins"].toInt());
        }
        QVERIFY2(check.failures.isEmpty(), qPrintable(check.failures.join(u"\n")));
    }
};

PVI_TEST_CLASS(TestAbReference)
#include "test_ab_reference.moc"
