// Properties every A/B statistic must have whatever the data: intervals contain their estimate,
// p-values lie in [0, 1], identical arms are a coin flip for the Bayesian probability, summaries
// add up, and undefined results carry a reason instead of a made-up 0.
#include "stats/ab_verdict.h"
#include "stats/lift.h"
#include "stats/mann_whitney.h"
#include "stats/mean_summary.h"
#include "stats/probability_to_beat.h"
#include "stats/proportion_intervals.h"
#include "stats/proportion_tests.h"
#include "stats/rate_comparison.h"
#include "stats/sample_size_planner.h"
#include "stats/welch_t_test.h"
#include "test_registry.h"

#include <QElapsedTimer>
#include <QTest>

#include <vector>

using namespace pvi;

namespace {

/// A grid of arms from tiny to large, with zero, some and all conversions.
std::vector<ProportionSummary> arms() {
    std::vector<ProportionSummary> out;
    for (std::int64_t n : {1, 3, 10, 57, 400, 12345}) {
        for (std::int64_t x : {std::int64_t{0}, std::int64_t{1}, n / 7, n / 2, n - 1, n})
            out.push_back({n, std::clamp<std::int64_t>(x, 0, n)});
    }
    return out;
}

bool contains(const Interval& i) {
    return i.defined() && i.estimate && *i.low <= *i.estimate + 1e-12 &&
           *i.estimate <= *i.high + 1e-12;
}

bool inUnit(const std::optional<double>& p) {
    return !p || (*p >= 0.0 && *p <= 1.0);
}

} // namespace

class TestAbProperties : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void intervalsContainTheEstimate() {
        for (const auto& c : arms()) {
            QVERIFY2(contains(wilsonInterval(c)),
                     qPrintable(QStringLiteral("Wilson %1/%2").arg(c.conversions).arg(c.n)));
            for (const auto& t : arms()) {
                const QString label = QStringLiteral("%1/%2 vs %3/%4")
                                          .arg(c.conversions)
                                          .arg(c.n)
                                          .arg(t.conversions)
                                          .arg(t.n);
                QVERIFY2(contains(newcombeDifferenceInterval(c, t)),
                         qPrintable(u"Newcombe "_qs + label));
                const Interval lift = rateLift(c, t);
                if (lift.defined())
                    QVERIFY2(contains(lift), qPrintable(u"Katz "_qs + label));
                else
                    QVERIFY2(!lift.reasons.isEmpty(),
                             qPrintable(u"Katz without reason "_qs + label));
            }
        }
        MeanSummary a, b;
        for (double v : {3.0, 0.0, 0.0, 12.5, 40.0, 7.0})
            a.add(v);
        for (double v : {0.0, 18.0, 22.0, 5.0, 0.0})
            b.add(v);
        const WelchResult w = welchTTest(a, b);
        QVERIFY(w.defined() && *w.ciLow <= *w.difference && *w.difference <= *w.ciHigh);
        QVERIFY(contains(meanLift(a, b)));
    }

    void pValuesAreProbabilities() {
        for (const auto& c : arms()) {
            for (const auto& t : arms()) {
                const QString label = QStringLiteral("%1/%2 vs %3/%4")
                                          .arg(c.conversions)
                                          .arg(c.n)
                                          .arg(t.conversions)
                                          .arg(t.n);
                for (const TestResult& r : {twoProportionZTest(c, t), chiSquareTest(c, t, false),
                                            chiSquareTest(c, t, true), fisherExactTest(c, t)}) {
                    QVERIFY2(inUnit(r.pValue), qPrintable(label));
                    QVERIFY2(r.pValue.has_value() != !r.reasons.isEmpty(),
                             qPrintable(u"reason mismatch "_qs + label));
                }
                QVERIFY2(inUnit(probabilityToBeat(c, t).value), qPrintable(label));
            }
        }
    }

    void identicalArmsAreACoinFlip() {
        for (const ProportionSummary arm :
             {ProportionSummary{1, 0}, ProportionSummary{10, 0}, ProportionSummary{10, 10},
              ProportionSummary{137, 12}, ProportionSummary{1000000, 100000}}) {
            const auto p = probabilityToBeat(arm, arm).value;
            QVERIFY(p.has_value());
            QVERIFY2(std::fabs(*p - 0.5) < 1e-9, qPrintable(QString::number(*p, 'g', 17)));
        }
    }

    void probabilityToBeatIsComplementary() {
        // P(T > C) + P(C > T) = 1 for continuous posteriors, whichever of the four sums is used.
        const ProportionSummary c{5000, 400}, t{4800, 420};
        const double forward = *probabilityToBeat(c, t).value;
        const double backward = *probabilityToBeat(t, c).value;
        QVERIFY2(std::fabs(forward + backward - 1.0) < 1e-12,
                 qPrintable(QString::number(forward + backward, 'g', 17)));
    }

    void aMillionPerArmIsFast() {
        QElapsedTimer timer;
        timer.start();
        const auto p = probabilityToBeat({1000000, 500000}, {1000000, 501000}).value;
        const auto f = fisherExactTest({1000000, 500000}, {1000000, 501000}).pValue;
        qInfo("probability to beat and Fisher at 1M per arm, 50%% rate: %lld ms",
              static_cast<long long>(timer.elapsed()));
        QVERIFY(p && f);
        QVERIFY(*p > 0.9);
    }

    void summariesAddUp() {
        const ProportionSummary a{100, 7}, b{50, 9};
        QCOMPARE(a + b, (ProportionSummary{150, 16}));
        const std::vector<double> left{1.5, 2.0, 8.25}, right{0.0, 4.0};
        std::vector<double> all = left;
        all.insert(all.end(), right.begin(), right.end());
        const MeanSummary joined = MeanSummary::fromValues(left) + MeanSummary::fromValues(right);
        const MeanSummary whole = MeanSummary::fromValues(all);
        QCOMPARE(joined.n, whole.n);
        QCOMPARE(joined.mean(), whole.mean());
        QVERIFY(std::fabs(joined.variance() - whole.variance()) < 1e-12);
        // Hand computation: mean of {1.5, 2, 8.25, 0, 4} is 3.15, Σ(x − 3.15)² = 40.7, /4.
        QVERIFY(std::fabs(whole.variance() - 40.7 / 4.0) < 1e-12);
    }

    void undefinedResultsSayWhy() {
        const ProportionSummary empty{0, 0}, some{100, 10}, none{100, 0};
        const TestResult z = twoProportionZTest(empty, some);
        QVERIFY(!z.pValue && !z.statistic && !z.reasons.isEmpty());
        const TestResult zeroBoth = twoProportionZTest(none, none);
        QVERIFY(!zeroBoth.pValue && !zeroBoth.reasons.isEmpty());
        const Interval lift = rateLift(none, some);
        QVERIFY(!lift.estimate && !lift.reasons.isEmpty());
        QVERIFY(!wilsonInterval(empty).defined() && !wilsonInterval(empty).reasons.isEmpty());
        const WelchResult constant = welchTTest(MeanSummary::fromValues(std::vector{2.0, 2.0, 2.0}),
                                                MeanSummary::fromValues(std::vector{2.0, 2.0}));
        QVERIFY(!constant.pValue && !constant.reasons.isEmpty());
        const Interval meanZero = meanLift(MeanSummary::fromValues(std::vector{0.0, 0.0}),
                                           MeanSummary::fromValues(std::vector{1.0, 3.0}));
        QVERIFY(!meanZero.estimate && !meanZero.reasons.isEmpty());
        QVERIFY(!mannWhitneyU({}, std::vector{1.0}).pValue);
        QVERIFY(!requiredSamplePerArm(0.2, 0.0).perArm);
        QVERIFY(!requiredSamplePerArm(0.2, 0.0).reasons.isEmpty());
        QVERIFY(!detectableEffect(0.2, 3).mdeAbsolute); // 3 visitors cannot detect anything
        QVERIFY(!probabilityToBeat(empty, some).value);
        QVERIFY(!probabilityToBeat(empty, some).reasons.isEmpty());
        const RateComparison c = compareRates(empty, some);
        QVERIFY(!c.pValue && !c.reasons.isEmpty());
    }

    void verdictFollowsTheNumbers() {
        // SRM overrides: 10,000 vs 10,500 visitors on a planned 50/50 split (chi2 = 12.2, p <
        // 0.001).
        const RateComparison broken = compareRates({10000, 1000}, {10500, 1300});
        QVERIFY(broken.srm.mismatch);
        QVERIFY2(broken.verdict.startsWith(u"Broken test"), qPrintable(broken.verdict));
        const RateComparison win = compareRates({1000, 200}, {1000, 250});
        QVERIFY2(win.verdict.startsWith(u"The treatment wins"), qPrintable(win.verdict));
        const RateComparison loss = compareRates({2000, 300}, {2000, 240});
        QVERIFY2(loss.verdict.startsWith(u"The control wins"), qPrintable(loss.verdict));
        const RateComparison same = compareRates({5000, 500}, {5000, 500});
        QVERIFY2(same.verdict.startsWith(u"No difference so far"), qPrintable(same.verdict));
        const RateComparison lopsided = compareRates({30, 3}, {5000, 700});
        QVERIFY2(lopsided.verdict.contains(u"p < 0.0001"), qPrintable(lopsided.verdict));
        const RateComparison open = compareRates({500, 50}, {500, 55});
        QVERIFY2(open.verdict.startsWith(u"Not settled") &&
                     open.verdict.contains(u"visitors per arm"),
                 qPrintable(open.verdict));
    }
};

PVI_TEST_CLASS(TestAbProperties)
#include "test_ab_properties.moc"
