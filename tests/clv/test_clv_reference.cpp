// BG/NBD and Gamma-Gamma against independent scipy/mpmath values on a synthetic summary drawn
// from the models' generative process (tests/reference/clv/make_reference.py), plus properties
// of the predictions. Needs no shared data.
#include "analytics/lifetime/bgnbd_fit.h"
#include "analytics/lifetime/bgnbd_predictions.h"
#include "analytics/lifetime/clv_predictions.h"
#include "analytics/lifetime/gamma_gamma_fit.h"
#include "clv_test_data.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QTest>

#include <cmath>

using namespace pvi;

class TestClvReference : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void syntheticSummaryMatchesScipyAndMpmath();
    void probabilityAliveIsAProbability();
    void expectedPurchasesGrowWithTheWindow();
    void clvIsTheDiscountedMonthlySum();
    void sharedCurvesGiveEachCustomersOwnValues();
    void independenceWarning();
    void fitFailuresCarryAReason();
};

namespace {

std::vector<CustomerSummary> synthetic() {
    return test::readSummaryCsv(QStringLiteral(PVI_REFERENCE_DIR "/clv/synthetic_summary.csv"));
}

} // namespace

void TestClvReference::syntheticSummaryMatchesScipyAndMpmath() {
    const auto summary = synthetic();
    QCOMPARE(summary.size(), std::size_t{600});
    const auto reference =
        test::readReferenceJson(QStringLiteral(PVI_REFERENCE_DIR "/clv/synthetic_reference.json"));
    const QStringList errors = test::compareWithReference(summary, reference);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
}

void TestClvReference::probabilityAliveIsAProbability() {
    const auto summary = synthetic();
    const auto fit = fitBgNbd(summary);
    QVERIFY2(fit.ok, qPrintable(fit.reason));
    for (const auto& c : summary) {
        const double p = bgNbdProbabilityAlive(fit.params, c.x, c.tx, c.T);
        QVERIFY2(p >= 0.0 && p <= 1.0,
                 qPrintable(QStringLiteral("customer %1: P(alive) = %2").arg(c.id).arg(p)));
        if (c.x == 0)
            QCOMPARE(p, 1.0);
    }
    // Fixed history, longer silence since the last purchase: less likely alive.
    double previous = 1.0;
    for (double T = 10.0; T <= 60.0; T += 5.0) {
        const double p = bgNbdProbabilityAlive(fit.params, 3, 10.0, T);
        QVERIFY2(p < previous,
                 qPrintable(
                     QStringLiteral("T %1: P(alive) %2 not below %3").arg(T).arg(p).arg(previous)));
        previous = p;
    }
}

void TestClvReference::expectedPurchasesGrowWithTheWindow() {
    const auto summary = synthetic();
    const auto fit = fitBgNbd(summary);
    QVERIFY2(fit.ok, qPrintable(fit.reason));
    for (std::size_t i = 0; i < summary.size(); i += 37) {
        const auto& c = summary[i];
        double previous = 0.0;
        QCOMPARE(bgNbdConditionalExpectedPurchases(fit.params, 0.0, c.x, c.tx, c.T), 0.0);
        for (double t = 1.0; t <= 104.0; t *= 1.7) {
            const double e = bgNbdConditionalExpectedPurchases(fit.params, t, c.x, c.tx, c.T);
            QVERIFY2(e > previous,
                     qPrintable(QStringLiteral("customer %1: E[Y(%2)] = %3 not above %4")
                                    .arg(c.id)
                                    .arg(t)
                                    .arg(e)
                                    .arg(previous)));
            previous = e;
        }
    }
    // A new customer's conditional expectation (x = 0, T -> 0) tends to the unconditional E[X(t)].
    const double unconditional = bgNbdExpectedPurchases(fit.params, 26.0);
    const double conditional = bgNbdConditionalExpectedPurchases(fit.params, 26.0, 0, 0.0, 1e-9);
    QVERIFY2(std::abs(unconditional - conditional) < 1e-6 * unconditional,
             qPrintable(QStringLiteral("E[X(26)] %1 vs E[Y(26) | new] %2")
                            .arg(unconditional, 0, 'g', 12)
                            .arg(conditional, 0, 'g', 12)));
}

void TestClvReference::clvIsTheDiscountedMonthlySum() {
    // With no discount the monthly increments telescope: CLV = E[Y(12 months)] x spend.
    const BgNbdParameters p{0.243, 4.414, 0.793, 2.426};
    const CustomerSummary c{QStringLiteral("1"), 2, 30.43, 38.86, 22.35};
    ClvOptions noDiscount;
    noDiscount.annualDiscountRate = 0.0;
    const double expected = bgNbdConditionalExpectedPurchases(p, 52.0, 2, 30.43, 38.86) * 30.0;
    const double clv = discountedClv(p, c, 30.0, noDiscount);
    QVERIFY2(
        std::abs(clv - expected) < 1e-9 * expected,
        qPrintable(
            QStringLiteral("CLV %1, expected %2").arg(clv, 0, 'g', 15).arg(expected, 0, 'g', 15)));
    // Discounting lowers it, but by less than a full year's 10%.
    const double discounted = discountedClv(p, c, 30.0, ClvOptions{});
    QVERIFY(discounted < clv);
    QVERIFY(discounted > clv / 1.10);
}

void TestClvReference::sharedCurvesGiveEachCustomersOwnValues() {
    // Customers who share x and T share all of E[Y(t) | x, t_x, T] but P(alive): the curves
    // compute that part once per pair, and every customer still gets exactly the value of the
    // formula computed for them alone.
    const BgNbdParameters p{0.243, 4.414, 0.793, 2.426};
    const std::vector<double> horizons{39.0, 0.0, 4.5, 26.0, 52.0};
    BgNbdConditionalCurves curves(p, horizons);
    std::vector<double> out(horizons.size());
    int customers = 0;
    for (const int x : {0, 1, 3}) {
        for (const double T : {10.0, 38.86, 50.0}) {
            for (const double tx : {0.0, 2.5, 9.0}) {
                const double lastPurchase = x == 0 ? 0.0 : tx;
                curves.expectedPurchases(x, lastPurchase, T, out);
                ++customers;
                for (std::size_t k = 0; k < horizons.size(); ++k) {
                    const double alone =
                        bgNbdConditionalExpectedPurchases(p, horizons[k], x, lastPurchase, T);
                    QVERIFY2(out[k] == alone,
                             qPrintable(QStringLiteral("x %1 t_x %2 T %3 t %4: %5 vs %6 alone")
                                            .arg(x)
                                            .arg(lastPurchase)
                                            .arg(T)
                                            .arg(horizons[k])
                                            .arg(out[k], 0, 'g', 17)
                                            .arg(alone, 0, 'g', 17)));
                }
            }
        }
    }
    QCOMPARE(customers, 27);
    QCOMPARE(curves.distinctPairs(), std::size_t{9});
    // The whole analysis gives each customer of the synthetic summary what the formulas give.
    const auto summary = synthetic();
    const ClvAnalysis analysis = analyzeClv(summary, true);
    QVERIFY2(analysis.bgnbd.ok && analysis.gammaGamma.ok, "both fits succeed on the sample");
    QCOMPARE(analysis.customers.size(), summary.size());
    for (std::size_t i = 0; i < summary.size(); ++i) {
        const CustomerSummary& c = summary[i];
        const CustomerClvPrediction& predicted = analysis.customers[i];
        const double purchases = bgNbdConditionalExpectedPurchases(
            analysis.bgnbd.params, ClvOptions{}.periodWeeks, c.x, c.tx, c.T);
        const double clv =
            discountedClv(analysis.bgnbd.params, c, predicted.expectedAverageSpend, ClvOptions{});
        QVERIFY2(predicted.expectedPurchases == purchases && predicted.clv == clv,
                 qPrintable(QStringLiteral("customer %1: purchases %2 vs %3, CLV %4 vs %5")
                                .arg(c.id)
                                .arg(predicted.expectedPurchases, 0, 'g', 17)
                                .arg(purchases, 0, 'g', 17)
                                .arg(predicted.clv, 0, 'g', 17)
                                .arg(clv, 0, 'g', 17)));
    }
}

void TestClvReference::independenceWarning() {
    // Spend that rises with frequency: r(x, zbar) = 1 among repeaters.
    std::vector<CustomerSummary> summary;
    for (int i = 0; i < 40; ++i) {
        const int x = i % 5;
        summary.push_back({QString::number(i), x, x * 3.0, 30.0, x > 0 ? 10.0 * x + (i % 3) : 0.0});
    }
    const double r = frequencySpendCorrelation(summary);
    QVERIFY2(r > 0.9, qPrintable(QStringLiteral("r = %1").arg(r)));
    const auto analysis = analyzeClv(summary, true);
    QVERIFY2(analysis.warnings.join(u' ').contains(u"correlated"),
             qPrintable(analysis.warnings.join(u'\n')));
    // The synthetic summary's spend is independent of frequency by construction: no warning.
    const auto clean = analyzeClv(synthetic(), true);
    QVERIFY2(clean.warnings.isEmpty(), qPrintable(clean.warnings.join(u'\n')));
    QCOMPARE(clean.customers.size(), std::size_t{600});
}

void TestClvReference::fitFailuresCarryAReason() {
    std::vector<CustomerSummary> few{{QStringLiteral("1"), 1, 2.0, 5.0, 3.0}};
    const auto tooFew = fitBgNbd(few);
    QVERIFY(!tooFew.ok);
    QVERIFY2(tooFew.reason.contains(u"too few"), qPrintable(tooFew.reason));

    std::vector<CustomerSummary> oneTimers;
    for (int i = 0; i < 50; ++i)
        oneTimers.push_back({QString::number(i), 0, 0.0, 10.0 + i, 0.0});
    const auto noRepeat = fitBgNbd(oneTimers);
    QVERIFY(!noRepeat.ok);
    QVERIFY2(noRepeat.reason.contains(u"no repeat"), qPrintable(noRepeat.reason));
    // First purchase on the last day of the calibration (T = 0): a valid, uninformative row.
    auto withNewcomer = synthetic();
    withNewcomer.push_back({QStringLiteral("new"), 0, 0.0, 0.0, 0.0});
    const auto newcomerFit = fitBgNbd(withNewcomer);
    QVERIFY2(newcomerFit.ok, qPrintable(newcomerFit.reason));
    QCOMPARE(bgNbdProbabilityAlive(newcomerFit.params, 0, 0.0, 0.0), 1.0);

    // Repeaters whose repeat purchases were free are left out of the spend model (and counted):
    // the fit equals the fit without them.
    auto freeRepeats = synthetic();
    std::vector<CustomerSummary> paying;
    int zeroed = 0;
    for (std::size_t i = 0; i < freeRepeats.size(); ++i) {
        if (freeRepeats[i].x > 0 && i % 50 == 0) {
            freeRepeats[i].zbar = 0.0;
            ++zeroed;
        } else {
            paying.push_back(freeRepeats[i]);
        }
    }
    const auto withFree = fitGammaGamma(freeRepeats);
    const auto onlyPaying = fitGammaGamma(paying);
    QVERIFY2(withFree.ok && onlyPaying.ok, qPrintable(withFree.reason + onlyPaying.reason));
    QVERIFY(zeroed > 0);
    QCOMPARE(withFree.excludedNoSpend, zeroed);
    QCOMPARE(withFree.customers, onlyPaying.customers);
    QCOMPARE(withFree.params.p, onlyPaying.params.p);
    QVERIFY(analyzeClv(freeRepeats, true).warnings.join(u' ').contains(u"spent nothing"));

    const auto noSpend = fitGammaGamma(oneTimers);
    QVERIFY(!noSpend.ok);
    QVERIFY2(noSpend.reason.contains(u"too few repeat"), qPrintable(noSpend.reason));
}

PVI_TEST_CLASS(TestClvReference)
#include "test_clv_reference.moc"
