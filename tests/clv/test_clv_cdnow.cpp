// BG/NBD and Gamma-Gamma on the CDNOW sample (Fader, Hardie & Lee 2005): the published
// parameters, the worked example of Hardie's note 004 spreadsheet, the summary rebuilt from the
// transaction log, and per-customer predictions against mpmath (tests/reference/clv/).
#include "analytics/lifetime/bgnbd_fit.h"
#include "analytics/lifetime/bgnbd_predictions.h"
#include "analytics/lifetime/clv_workspace_analysis.h"
#include "analytics/lifetime/gamma_gamma_fit.h"
#include "clv_test_data.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QTest>

#include <cmath>

using namespace pvi;

namespace {

const QString kCdnow = QStringLiteral(PVI_SHARED_DATASETS_DIR "/cdnow/");

/// value rounded to `digits` significant digits.
double roundSignificant(double value, int digits) {
    if (value == 0.0)
        return 0.0;
    const double scale = std::pow(10.0, digits - 1 - std::floor(std::log10(std::abs(value))));
    return std::round(value * scale) / scale;
}

void expectSignificant(const char* name, double actual, double published, int digits) {
    const double rounded = roundSignificant(actual, digits);
    if (std::abs(rounded - published) > 1e-9 * std::abs(published))
        QFAIL(qPrintable(QStringLiteral("%1: fitted %2 rounds to %3, published %4")
                             .arg(QLatin1String(name))
                             .arg(actual, 0, 'g', 10)
                             .arg(rounded, 0, 'g', 10)
                             .arg(published, 0, 'g', 10)));
}

} // namespace

class TestClvCdnow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bgNbdReproducesPublishedParameters();
    void gammaGammaReproducesPublishedParameters();
    void workedExampleCustomer();
    void summaryRebuiltFromTransactions();
    void predictionsMatchScipyAndMpmath();
    void workspaceBacktestOnTheHoldout();
};

void TestClvCdnow::bgNbdReproducesPublishedParameters() {
    const auto summary = test::readSummaryCsv(
        kCdnow + QStringLiteral("cdnow_customers_summary_with_transactions.csv"));
    QCOMPARE(summary.size(), std::size_t{2357});
    const auto fit = fitBgNbd(summary);
    QVERIFY2(fit.ok, qPrintable(fit.reason));
    // Published (paper, section 4): r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, LL = -9582.4.
    expectSignificant("r", fit.params.r, 0.243, 3);
    expectSignificant("alpha", fit.params.alpha, 4.41, 3);
    expectSignificant("a", fit.params.a, 0.793, 3);
    expectSignificant("b", fit.params.b, 2.43, 3);
    QVERIFY2(
        std::abs(fit.logLikelihood - (-9582.4)) < 0.05,
        qPrintable(QStringLiteral("LL %1, published -9582.4").arg(fit.logLikelihood, 0, 'f', 4)));
    qInfo("BG/NBD r %.6f alpha %.6f a %.6f b %.6f LL %.4f (se %.4f %.4f %.4f %.4f), %d evaluations",
          fit.params.r, fit.params.alpha, fit.params.a, fit.params.b, fit.logLikelihood,
          fit.standardErrors.r, fit.standardErrors.alpha, fit.standardErrors.a,
          fit.standardErrors.b, fit.evaluations);
}

void TestClvCdnow::gammaGammaReproducesPublishedParameters() {
    // The unrounded zbar rebuilt from the transaction log (PROVENANCE.md: p 6.2496, q 3.7442,
    // gamma 15.4435 match every published digit).
    const auto purchases = test::readCdnowTransactions(kCdnow + QStringLiteral("CDNOW_sample.txt"));
    const auto summary = buildCustomerSummaries(mergePurchaseDays(purchases), QDate(1997, 9, 30));
    const auto fit = fitGammaGamma(summary);
    QVERIFY2(fit.ok, qPrintable(fit.reason));
    QCOMPARE(fit.customers, 946);
    expectSignificant("p", fit.params.p, 6.25, 3);
    expectSignificant("q", fit.params.q, 3.74, 3);
    expectSignificant("gamma", fit.params.gamma, 15.4, 3);
    // Four digits as published: 15.44.
    QVERIFY2(std::abs(fit.params.gamma - 15.44) < 0.005,
             qPrintable(QStringLiteral("gamma %1, published 15.44").arg(fit.params.gamma)));
    qInfo("Gamma-Gamma p %.6f q %.6f gamma %.6f LL %.4f", fit.params.p, fit.params.q,
          fit.params.gamma, fit.logLikelihood);
}

void TestClvCdnow::workedExampleCustomer() {
    const auto summary = test::readSummaryCsv(
        kCdnow + QStringLiteral("cdnow_customers_summary_with_transactions.csv"));
    const auto fit = fitBgNbd(summary);
    QVERIFY2(fit.ok, qPrintable(fit.reason));
    // Hardie's note 004 spreadsheet: x = 2, t_x = 30.43, T = 38.86 -> 1.226 in the next 39 weeks.
    const double expected = bgNbdConditionalExpectedPurchases(fit.params, 39.0, 2, 30.43, 38.86);
    QVERIFY2(std::abs(expected - 1.226) < 0.0005,
             qPrintable(QStringLiteral("E[Y(39)] = %1, published 1.226").arg(expected, 0, 'f', 6)));
}

void TestClvCdnow::summaryRebuiltFromTransactions() {
    const auto shipped = test::readSummaryCsv(
        kCdnow + QStringLiteral("cdnow_customers_summary_with_transactions.csv"));
    const auto purchases = test::readCdnowTransactions(kCdnow + QStringLiteral("CDNOW_sample.txt"));
    QCOMPARE(purchases.size(), std::size_t{6919});
    const auto rebuilt = buildCustomerSummaries(mergePurchaseDays(purchases), QDate(1997, 9, 30));
    QCOMPARE(rebuilt.size(), shipped.size());
    auto round2 = [](double v) { return std::round(v * 100.0) / 100.0; };
    for (std::size_t i = 0; i < shipped.size(); ++i) {
        const auto& s = shipped[i];
        const auto& r = rebuilt[i];
        const QString where =
            QStringLiteral("customer %1: rebuilt x %2 t_x %3 T %4 zbar %5, shipped "
                           "x %6 t_x %7 T %8 zbar %9")
                .arg(s.id)
                .arg(r.x)
                .arg(r.tx)
                .arg(r.T)
                .arg(r.zbar)
                .arg(s.x)
                .arg(s.tx)
                .arg(s.T)
                .arg(s.zbar);
        QVERIFY2(r.id == s.id, qPrintable(where));
        QVERIFY2(r.x == s.x, qPrintable(where));
        QVERIFY2(round2(r.tx) == s.tx, qPrintable(where));
        QVERIFY2(round2(r.T) == s.T, qPrintable(where));
        // The shipped file rounds half-cents up; binary rounding may go either way: $0.01.
        QVERIFY2(std::abs(r.zbar - s.zbar) <= 0.01 + 1e-9, qPrintable(where));
    }
}

void TestClvCdnow::predictionsMatchScipyAndMpmath() {
    // make_reference.py rebuilds the same summary from the log (unrounded t_x, T, zbar), fits it
    // with scipy L-BFGS-B and computes 20 customers' predictions with mpmath.
    const auto purchases = test::readCdnowTransactions(kCdnow + QStringLiteral("CDNOW_sample.txt"));
    const auto summary = buildCustomerSummaries(mergePurchaseDays(purchases), QDate(1997, 9, 30));
    const auto reference =
        test::readReferenceJson(QStringLiteral(PVI_REFERENCE_DIR "/clv/cdnow_reference.json"));
    const QStringList errors = test::compareWithReference(summary, reference);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
}

void TestClvCdnow::workspaceBacktestOnTheHoldout() {
    // The sample's transactions as workspace orders; the backtest with a 39-week holdout ending
    // 1998-06-30 calibrates to 1997-09-30 like the paper. Observed holdout repeat purchases:
    // 1,882 (PROVENANCE.md); expected: sum of E[Y(39)] over the 2,357 customers (mpmath).
    test::TempDir dir;
    auto opened =
        Workspace::open(dir.path(QStringLiteral("cdnow.pvi")), Workspace::Mode::CreateOrOpen);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    Database& db = opened.workspace->db();
    test::insertOrders(db,
                       test::readCdnowTransactions(kCdnow + QStringLiteral("CDNOW_sample.txt")));
    const auto result = analyzeWorkspaceClv(db, QDate(1998, 6, 30), {}, 39);
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(result.batches, QStringLiteral("1"));
    const auto& bt = result.backtest;
    QVERIFY2(bt.ok, qPrintable(bt.reason));
    QCOMPARE(bt.calibrationEnd, QDate(1997, 9, 30));
    QCOMPARE(bt.fit.customers, 2357);
    expectSignificant("calibration r", bt.fit.params.r, 0.243, 3);
    expectSignificant("calibration b", bt.fit.params.b, 2.43, 3);
    const auto holdout = test::readReferenceJson(QStringLiteral(
        PVI_REFERENCE_DIR "/clv/cdnow_reference.json"))[u"holdout"]
                             .toObject();
    QCOMPARE(bt.actualTotal, holdout[u"actual_repeat_purchases"].toDouble());
    const double expected = holdout[u"expected_repeat_purchases"].toDouble();
    QVERIFY2(
        std::abs(bt.predictedTotal - expected) < 1e-4 * expected,
        qPrintable(
            QStringLiteral("predicted %1, reference %2").arg(bt.predictedTotal).arg(expected)));
    QCOMPARE(bt.weeks.size(), std::size_t{39});
    QCOMPARE(bt.weeks.back().predictedCumulative, bt.predictedTotal);
    qInfo("%s", qPrintable(bt.verdict));
}

PVI_TEST_CLASS(TestClvCdnow)
#include "test_clv_cdnow.moc"
