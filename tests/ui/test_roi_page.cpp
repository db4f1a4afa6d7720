// The ROI page on a fixture shop worked by hand (tests/fixtures/ui/roi, make_fixtures.py), and its
// "not available" message on a workspace without costs.
//
// March 2025 (31 days), gross margin 0.5 (default), USD:
// - reached customers (a "personalized" order): 320, 350, 380 → 3, mean 350, s² = 900;
//   others: 80, 100, 120, 100 → 4, mean 100, s² = 800/3; all 7 are new.
// - personalization cost: email 310 (March) + web 60 over 15 Feb–16 Mar (30 days, 16 in March)
//   → 310 + 60 × 16/30 = 342; acquisition 140; the April "other" cost is outside.
// - cost per reached customer = 342 / 3 = 114; CAC = 140 / 7 = 20.
// - incremental revenue = (350 − 100) × 3 = 750; gross profit 375;
//   ROI = (375 − 342) / 342 × 100 = 9.6491…%; payback = 342 / (375 × 30.4375 / 31) = 0.92885…
// - 95% interval: Welch se² = 900/3 + (800/3)/4 = 366.67, df = 366.67² / (300²/2 + 66.67²/3)
//   = 2.8924, t(0.975, 2.8924) = 3.25046 (scipy.stats.t.ppf) → 250 ± 62.24, × 3 =
//   [563.275, 936.725].
// - February's row: 60 × 14/30 = 28 of personalization cost, no orders.
// Tolerance 1e-6 relative (1e-3 for the interval, whose t quantile is quoted to 6 digits).
#include "charts/bar_chart.h"
#include "charts/interval_chart.h"
#include "full_demo_workspace.h"
#include "gui_test_setup.h"
#include "importers/import_runner.h"
#include "pages/roi_cost_model.h"
#include "pages/roi_ledger_model.h"
#include "pages/roi_page.h"
#include "pvi/engine/personalization_rules.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"
#include "widgets/value_format.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool close(double actual, double expected, double relative = 1e-6) {
    const bool ok = std::abs(actual - expected) <= relative * std::max(1.0, std::abs(expected));
    if (!ok)
        qWarning("actual %.10g, expected %.10g", actual, expected);
    return ok;
}

QString roiFixture(const char* name) {
    return QStringLiteral(PVI_FIXTURES_DIR "/ui/roi/") + QLatin1String(name);
}

/// The fixture shop at `path`; with the costs when `withCosts`. Returns an error, empty if none.
QString buildShop(const QString& path, bool withCosts) {
    auto opened = pvi::Workspace::open(path, pvi::Workspace::Mode::CreateOrOpen);
    if (!opened.workspace)
        return opened.error;
    const pvi::ImportReport orders =
        pvi::importFile(*opened.workspace, roiFixture("roi_orders.csv"));
    if (!orders.ok)
        return u"orders: "_s + orders.error;
    if (withCosts) {
        const pvi::ImportReport costs = pvi::importFile(*opened.workspace, roiFixture("costs.csv"));
        if (!costs.ok)
            return u"costs: "_s + costs.error;
    }
    QString error;
    pvi::PersonalizationRules::add(*opened.workspace, u"order-tag"_s, u"personalized"_s, &error);
    return error;
}

/// Shows the page on the workspace for March 2025 and waits until it has loaded.
bool load(pvi::RoiPage& page, const QString& path) {
    pvi::PeriodFilter filter;
    filter.preset = pvi::PeriodFilter::Preset::Custom;
    filter.customFrom = QDate(2025, 3, 1);
    filter.customTo = QDate(2025, 3, 31);
    QSignalSpy loaded(&page, &pvi::Page::loaded);
    page.setWorkspacePath(path);
    page.setFilter(filter);
    page.resize(1440, 900);
    page.show();
    return QTest::qWaitFor([&] { return !loaded.isEmpty() && !page.isBusy(); }, 60000);
}

QString figure(pvi::RoiPage& page, const char* key) {
    auto* label = page.findChild<QLabel*>(u"roiFigure_"_s + QLatin1String(key));
    return label ? label->text() : QString();
}

} // namespace

class TestRoiPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { pvi::test::isolateGuiTestSettings(); }

    void showsTheLedger() {
        pvi::test::TempDir dir;
        const QString path = dir.path(u"roi.pvi"_s);
        const QString error = buildShop(path, true);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        pvi::RoiPage page(u"roi"_s, u"ROI"_s);
        QVERIFY(load(page, path));
        const pvi::RoiData& data = page.data();
        QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
        QVERIFY2(data.unavailable.isEmpty(), qPrintable(data.unavailable));
        QVERIFY(page.messageLabel()->isHidden());
        QCOMPARE(data.currency, u"USD"_s);

        const pvi::RoiLedgerRow& t = data.ledger.total;
        QVERIFY(close(t.personalizationCost, 342));
        QVERIFY(close(t.acquisitionCost, 140));
        QVERIFY(close(t.otherCost, 0));
        QCOMPARE(t.reachedCustomers, qint64(3));
        QCOMPARE(t.controlCustomers, qint64(4));
        QCOMPARE(t.newCustomers, qint64(7));
        QVERIFY(close(*t.costPerCustomer, 114));
        QVERIFY(close(*t.customerAcquisitionCost, 20));
        QVERIFY(close(*t.incrementalRevenue, 750));
        QVERIFY(close(*t.roiPercent, 33.0 / 342.0 * 100.0));
        QVERIFY(close(*t.paybackMonths, 342.0 / (375.0 * 30.4375 / 31.0)));
        QVERIFY(t.incrementalCi95);
        QVERIFY(close(t.incrementalCi95->first, 563.275, 1e-3));
        QVERIFY(close(t.incrementalCi95->second, 936.725, 1e-3));

        // The headline figures, in dollars.
        QVERIFY2(figure(page, "cost").contains(u"$342.00"_s), qPrintable(figure(page, "cost")));
        QVERIFY(figure(page, "costPerCustomer").contains(u"$114.00"_s));
        QVERIFY(figure(page, "incremental").contains(u"$750.00"_s));
        QVERIFY(figure(page, "incremental").contains(u"$563.28 to $936.72"_s));
        QVERIFY(figure(page, "roi").contains(u"+9.6%"_s));
        QVERIFY(figure(page, "payback").contains(u"0.9 months"_s));
        QVERIFY(figure(page, "cac").contains(u"$20.00"_s));

        // Twelve months ending in March 2025, then the selected period.
        QAbstractItemModelTester tester(page.ledgerModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* ledger = page.ledgerModel();
        QCOMPARE(ledger->rowCount(), 13);
        const auto cell = [&](int row, int column) {
            return ledger->data(ledger->index(row, column)).toString();
        };
        QCOMPARE(cell(0, pvi::RoiLedgerModel::PeriodLabel), u"Apr 2024"_s);
        QCOMPARE(cell(10, pvi::RoiLedgerModel::PeriodLabel), u"Feb 2025"_s);
        QCOMPARE(cell(10, pvi::RoiLedgerModel::PersonalizationCost), u"$28.00"_s);
        QCOMPARE(cell(10, pvi::RoiLedgerModel::IncrementalRevenue), u"—"_s);
        QCOMPARE(cell(11, pvi::RoiLedgerModel::PeriodLabel), u"Mar 2025"_s);
        QCOMPARE(cell(11, pvi::RoiLedgerModel::IncrementalRevenue), u"$750.00"_s);
        QCOMPARE(cell(12, pvi::RoiLedgerModel::PeriodLabel), u"Selected period"_s);
        QCOMPARE(cell(12, pvi::RoiLedgerModel::Cac), u"$20.00"_s);

        // Costs per channel and category in March: email 310, ads 140, web 32.
        auto* costs = page.costModel();
        QCOMPARE(costs->rowCount(), 3);
        QCOMPARE(costs->data(costs->index(0, pvi::RoiCostModel::Channel)).toString(), u"email"_s);
        QVERIFY(close(
            costs->data(costs->index(2, pvi::RoiCostModel::Amount), pvi::RoiCostModel::RawValueRole)
                .toDouble(),
            32));

        // Charts: cost vs incremental revenue for the twelve months; one interval (March).
        QCOMPARE(page.costChart()->categories().size(), 12);
        QCOMPARE(page.costChart()->sets().size(), 2);
        QVERIFY(close(page.costChart()->sets().at(0).values.at(11), 342));
        QVERIFY(close(page.costChart()->sets().at(1).values.at(11), 750));
        QCOMPARE(page.intervalChart()->points().size(), 1);
    }

    void moneyWithCurrencySymbol() {
        QCOMPARE(pvi::formatMoney(1234.5, u"USD"_s), u"$1,234.50"_s);
        QCOMPARE(pvi::formatMoney(-12, u"cad"_s), u"−CA$12.00"_s);
        QCOMPARE(pvi::formatMoney(1, u"XYZ"_s), u"1.00 XYZ"_s);
        QCOMPARE(pvi::formatMoney(1, QString()), u"1.00"_s);
        // Tiles: money in a known currency gets the symbol, other unit labels follow the number.
        QCOMPARE(pvi::formatValue(5.5, pvi::ValueKind::Currency, u"EUR"_s), u"€5.50"_s);
        QCOMPARE(pvi::formatValue(33.0, pvi::ValueKind::Percent), u"33.0%"_s);
    }

    void adjustedEstimateOnTheDemo() {
        // The demo personalizes its regulars: the ROI page shows the adjusted estimate and, when
        // asked, takes the headline incremental revenue from it (the matched difference × reached
        // customers × the period's days / 90).
        pvi::test::TempDir dir;
        const QString path = dir.path(u"demo.pvi"_s);
        const QString error = pvi::test::buildFullDemoWorkspace(path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        pvi::RoiPage page(u"roi"_s, u"ROI"_s);
        QSignalSpy loaded(&page, &pvi::Page::loaded);
        page.setWorkspacePath(path);
        page.setFilter(pvi::PeriodFilter{});
        page.resize(1440, 900);
        page.show();
        QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty() && !page.isBusy(); }, 60000));
        const pvi::RoiLedger& ledger = page.data().ledger;
        QVERIFY2(ledger.adjustedEffect.matched && ledger.adjustedTotal,
                 qPrintable(ledger.adjustedEffect.reason));
        QVERIFY2(page.adjustedLabel()->text().contains(u"the raw comparison said"),
                 qPrintable(page.adjustedLabel()->text()));
        QVERIFY(page.useAdjustedBox()->isEnabled());
        const pvi::RoiLedgerRow& t = *ledger.adjustedTotal;
        const double days = double(page.data().period.days());
        QVERIFY(close(*t.incrementalRevenue, ledger.adjustedEffect.matched->difference *
                                                 double(t.reachedCustomers) * days / 90.0));
        const QString naive = figure(page, "incremental");
        page.useAdjustedBox()->setChecked(true);
        const QString adjusted = figure(page, "incremental");
        QVERIFY2(adjusted != naive, "the headline should change to the adjusted estimate");
        QVERIFY2(adjusted.contains(
                     pvi::formatMoney(*t.incrementalRevenue, page.data().currency).toHtmlEscaped()),
                 qPrintable(adjusted));
        QVERIFY(adjusted.contains(u"adjusted for selection"));
    }

    void saysWhyWithoutCosts() {
        pvi::test::TempDir dir;
        const QString path = dir.path(u"nocosts.pvi"_s);
        const QString error = buildShop(path, false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        pvi::RoiPage page(u"roi"_s, u"ROI"_s);
        QVERIFY(load(page, path));
        QVERIFY(!page.messageLabel()->isHidden());
        QVERIFY2(page.messageLabel()->text().startsWith(u"Not available"_s),
                 qPrintable(page.messageLabel()->text()));
        QVERIFY(page.messageLabel()->text().contains(u"costs CSV"_s));
        QCOMPARE(page.ledgerModel()->rowCount(), 0);
        QCOMPARE(page.costModel()->rowCount(), 0);
    }
};

PVI_TEST_CLASS(TestRoiPage)
#include "test_roi_page.moc"
