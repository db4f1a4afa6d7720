// The Lifetime value page on the demo workspace, opened through the main window's navigation:
// after the fits (off the GUI thread) it shows what the model computes — the churn-risk list of
// valuable customers slipping away, the backtest weeks and grade, CLV per segment and the fitted
// parameters with their standard errors.
#include "analytics/lifetime/clv_workspace_analysis.h"
#include "analytics/orders/last_order_day.h"
#include "analytics/rfm/rfm_segment_map.h"
#include "analytics/rfm/rfm_summary.h"
#include "charts/backtest_chart.h"
#include "charts/bar_chart.h"
#include "gui_test_setup.h"
#include "io/money_text.h"
#include "page_test_workspace.h"
#include "pages/churn_risk_model.h"
#include "pages/clv_parameter_model.h"
#include "pages/lifetime_value_page.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi/reports/churn_by_segment.h"
#include "shell/main_window.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestLifetimeValuePage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheModelsPredictions();
    void churnListKeepsValuableCustomersAtRisk();

private:
    pvi::test::TempDir m_dir;
    QString m_path;
};

void TestLifetimeValuePage::initTestCase() {
    pvi::test::isolateGuiTestSettings();
    m_path = m_dir.path(u"shop.pvi"_s);
    const QString error = pvi::test::buildDemoWorkspace(m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestLifetimeValuePage::showsTheModelsPredictions() {
    pvi::MainWindow window;
    window.resize(1440, 900);
    window.show();
    QString error;
    QVERIFY2(window.openWorkspace(m_path, &error), qPrintable(error));
    auto* page = qobject_cast<pvi::LifetimeValuePage*>(window.page(u"lifetime-value"_s));
    QVERIFY(page != nullptr);
    QSignalSpy loaded(page, &pvi::Page::loaded);
    QVERIFY(window.showPage(u"lifetime-value"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 120000);
    QVERIFY2(page->data().error.isEmpty(), qPrintable(page->data().error));

    // The same analysis straight from the model.
    auto opened = pvi::Workspace::open(m_path, pvi::Workspace::Mode::OpenExisting);
    QVERIFY(opened.workspace);
    pvi::Database& db = opened.workspace->db();
    const pvi::ClvWorkspaceAnalysis expected = pvi::analyzeWorkspaceClv(db, pvi::lastOrderDay(db));
    QVERIFY2(expected.ok, qPrintable(expected.reason));

    QAbstractItemModelTester churnTester(page->churnModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester parameterTester(
        page->parameterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto atRisk = pvi::customersWorthAPersonalTouch(expected.analysis.customers);
    QCOMPARE(page->churnModel()->rowCount(), int(atRisk.size()));

    // Parameters: 4 BG/NBD + 3 Gamma-Gamma rows with the fitted values.
    auto* params = page->parameterModel();
    QCOMPARE(params->rowCount(), 7);
    const auto raw = [&](int row, int column) {
        return params->data(params->index(row, column), pvi::ClvParameterModel::RawValueRole);
    };
    QCOMPARE(raw(0, pvi::ClvParameterModel::Value).toDouble(), expected.analysis.bgnbd.params.r);
    QCOMPARE(raw(1, pvi::ClvParameterModel::Value).toDouble(),
             expected.analysis.bgnbd.params.alpha);
    QCOMPARE(raw(6, pvi::ClvParameterModel::Value).toDouble(),
             expected.analysis.gammaGamma.params.gamma);

    // Backtest: one point per holdout week at the model's cumulative values, grade in words.
    QVERIFY(expected.backtest.ok);
    const auto& weeks = expected.backtest.weeks;
    QCOMPARE(page->backtestChart()->predicted().size(), qsizetype(weeks.size()));
    QCOMPARE(page->backtestChart()->actual().back().y(), weeks.back().actualCumulative);
    QCOMPARE(page->backtestChart()->predicted().back().y(), weeks.back().predictedCumulative);
    QVERIFY2(page->gradeLabel()->text().contains(expected.backtest.grade),
             qPrintable(page->gradeLabel()->text()));

    // Histogram: every customer with a CLV counted once.
    int withClv = 0;
    for (const auto& c : expected.analysis.customers)
        withClv += std::isfinite(c.clv) ? 1 : 0;
    double counted = 0;
    for (double n : page->histogram()->sets().front().values)
        counted += n;
    QCOMPARE(counted, double(withClv));
    // The summary writes the CLV as money in the shop's currency (the fixture's orders say which).
    auto* summary = page->findChild<QLabel*>(u"clvSummary"_s);
    QVERIFY(summary);
    QVERIFY2(!page->data().currency.isEmpty(), "the loader found no currency");
    QVERIFY2(summary->text().contains(pvi::currencySymbol(page->data().currency)),
             qPrintable(summary->text()));
    // Segments: one bar per segment with a mean CLV.
    QVERIFY(!page->segmentChart()->categories().isEmpty());
    QCOMPARE(page->segmentChart()->categories().size(),
             qsizetype(page->segmentChart()->sets().front().values.size()));
    // ... in the RFM display order (Champions first, Lost last), not by name.
    int lastRank = -1;
    for (const QString& name : page->segmentChart()->categories()) {
        int rank = 0;
        while (rank < int(pvi::kAllRfmSegments.size()) &&
               pvi::rfmSegmentName(pvi::kAllRfmSegments[std::size_t(rank)]) != name)
            ++rank;
        QVERIFY2(rank < int(pvi::kAllRfmSegments.size()), qPrintable(name));
        QVERIFY2(rank > lastRank, qPrintable(name));
        lastRank = rank;
    }

    // Churn risk by segment: one category per segment of churnRiskBySegment on the same fit,
    // bars = its mean churn risk in percent, overall and for the personalized / generic sides
    // (the demo shop has rules; a side without customers is drawn at 0).
    const pvi::OrderSnapshot snapshot = pvi::OrderSnapshot::load(*opened.workspace);
    const auto churn =
        pvi::churnRiskBySegment(expected.analysis.customers, snapshot, expected.asOf);
    const auto* churnChart = page->churnSegmentChart();
    QCOMPARE(churnChart->categories().size(), qsizetype(churn.size()));
    QCOMPARE(churnChart->sets().size(), 3);
    for (std::size_t i = 0; i < churn.size(); ++i) {
        QCOMPARE(churnChart->categories()[qsizetype(i)], churn[i].name);
        QCOMPARE(churnChart->sets()[0].values[qsizetype(i)], *churn[i].value * 100.0);
        QCOMPARE(churnChart->sets()[1].values[qsizetype(i)],
                 churn[i].personalized.value ? *churn[i].personalized.value * 100.0 : 0.0);
        QCOMPARE(churnChart->sets()[2].values[qsizetype(i)],
                 churn[i].control.value ? *churn[i].control.value * 100.0 : 0.0);
    }
}

void TestLifetimeValuePage::churnListKeepsValuableCustomersAtRisk() {
    // Four customers with CLV 10, 20, 30, 40: the top quarter starts at the value 75% of the
    // way up (index floor(0.75 × 3) = 2, i.e. 30). Of 30 and 40 only those with churn risk ≥ 0.5
    // are listed, the larger CLV × churn risk first.
    std::vector<pvi::CustomerClvPrediction> customers(4);
    const double clv[] = {10, 20, 30, 40};
    const double alive[] = {0.1, 0.1, 0.2, 0.6};
    for (int i = 0; i < 4; ++i) {
        customers[std::size_t(i)].id = QString::number(i);
        customers[std::size_t(i)].clv = clv[i];
        customers[std::size_t(i)].pAlive = alive[i];
    }
    const auto chosen = pvi::customersWorthAPersonalTouch(customers);
    QCOMPARE(chosen.size(), std::size_t(1));
    QCOMPARE(chosen.front().id, u"2"_s);
    customers[3].pAlive = 0.3; // 40 × 0.7 = 28 > 30 × 0.8 = 24
    const auto both = pvi::customersWorthAPersonalTouch(customers);
    QCOMPARE(both.size(), std::size_t(2));
    QCOMPARE(both.front().id, u"3"_s);
}

PVI_TEST_CLASS(TestLifetimeValuePage)
#include "test_lifetime_value_page.moc"
