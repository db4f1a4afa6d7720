// Costs CSV import and the family G PVIs, checked against examples worked by hand (below, next to
// each expectation). Tolerance 1e-9 relative.
#include "importers/import_runner.h"
#include "pvi/costs/pvi_costs.h"
#include "pvi/engine/pvi_registry.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QTest>

#include <cmath>

using namespace pvi;
using namespace pvi::test;

namespace {

QString fixture(const char* name) {
    return QStringLiteral(PVI_FIXTURES_DIR) + QStringLiteral("/costs/") + QLatin1String(name);
}

bool close(double actual, double expected) {
    const bool ok = std::fabs(actual - expected) <= 1e-9 * std::max(1.0, std::fabs(expected));
    if (!ok)
        qWarning("actual %.17g, expected %.17g", actual, expected);
    return ok;
}

/// Hand-worked ledger: 80 of personalization cost, 300 of acquisition cost; 4 reached customers
/// with 600 of revenue (150 each), 6 others with 600 (100 each), 6 of them new; margin 0.5; 30
/// days.
CostLedger handLedger() {
    CostLedger l;
    l.personalizationCost = 80;
    l.acquisitionCost = 300;
    l.reachedCustomers = 4;
    l.reachedRevenue = 600;
    l.controlCustomers = 6;
    l.controlRevenue = 600;
    l.newCustomers = 6;
    l.grossMargin = 0.5;
    l.periodDays = 30;
    return l;
}

} // namespace

class TestCosts : public QObject {
    Q_OBJECT

private:
    TempDir m_dir;

private Q_SLOTS:
    void prorationByDays() {
        // A March cost of 310 (31 days) seen from 16 March to 14 April: 16 days → 310 × 16 / 31.
        const CostEntry cost{{QDate(2025, 3, 1), QDate(2025, 3, 31)},
                             QStringLiteral("other"),
                             310,
                             QStringLiteral("web")};
        QVERIFY(close(proratedCost(cost, {QDate(2025, 3, 16), QDate(2025, 4, 14)}), 160));
        QVERIFY(close(proratedCost(cost, {QDate(2025, 2, 1), QDate(2025, 4, 30)}), 310));
        QVERIFY(close(proratedCost(cost, {QDate(2025, 4, 1), QDate(2025, 4, 30)}), 0));
    }

    void formulasOnHandLedger() {
        const CostLedger l = handLedger();
        // Incremental revenue = (150 − 100) × 4 = 200; gross profit = 200 × 0.5 = 100.
        QVERIFY(close(*l.incrementalRevenue(), 200));
        // Cost per reached customer = 80 / 4 = 20.
        QVERIFY(close(
            *costPviFromLedger(QStringLiteral("personalization_cost_per_customer"), l, true).value,
            20));
        // ROI = (100 − 80) / 80 × 100 = 25 %.
        QVERIFY(
            close(*costPviFromLedger(QStringLiteral("personalization_roi"), l, true).value, 25));
        // CAC = 300 / 6 = 50.
        QVERIFY(close(
            *costPviFromLedger(QStringLiteral("customer_acquisition_cost"), l, true).value, 50));
        // Monthly profit = 100 / (30 / 30.4375); payback = 80 / that = 2400 / 3043.75.
        QVERIFY(close(*costPviFromLedger(QStringLiteral("payback_months"), l, true).value,
                      2400.0 / 3043.75));
        // ROI and payback compare the 4 reached with the 6 other customers: those are their
        // groups' n, without a value of their own.
        for (const char* id : {"personalization_roi", "payback_months"}) {
            const PviResult r = costPviFromLedger(QLatin1String(id), l, true);
            QCOMPARE(r.personalized.n, qint64(4));
            QCOMPARE(r.control.n, qint64(6));
            QVERIFY(!r.personalized.value && !r.control.value && !r.liftPercent);
        }
    }

    void gapsHaveReasons() {
        CostLedger l = handLedger();
        const PviResult none = costPviFromLedger(QStringLiteral("personalization_roi"), l, false);
        QVERIFY(!none.available && none.reason.contains(u"costs CSV"));
        l.controlCustomers = 0;
        const PviResult noControl =
            costPviFromLedger(QStringLiteral("personalization_roi"), l, true);
        QVERIFY(!noControl.available && noControl.reason.contains(u"incremental revenue"));
        l = handLedger();
        l.controlRevenue = 1200; // generic customers spend more: no payback
        QVERIFY(!costPviFromLedger(QStringLiteral("payback_months"), l, true).available);
        for (const char* id : {"personalization_cost_per_customer", "personalization_roi",
                               "customer_acquisition_cost", "payback_months"}) {
            const PviDefinition* d = PviRegistry::find(QLatin1String(id));
            QVERIFY2(d && d->explanation.size() > 80 && d->formula.size() > 30, id);
        }
        QVERIFY(PviRegistry::find(QStringLiteral("personalization_roi"))
                    ->explanation.contains(u"gross_margin"));
    }

    void importsCosts() {
        auto ws =
            Workspace::open(m_dir.path(QStringLiteral("costs.pvi")), Workspace::Mode::CreateOrOpen)
                .workspace;
        const ImportReport report = importFile(*ws, fixture("costs.csv"));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.source, QStringLiteral("costs"));
        QCOMPARE(report.recordsAdded, 3);
        QCOMPARE(ws->db().queryInt("SELECT round(sum(amount) * 100) FROM costs"), 160950);
        QCOMPARE(ws->db().queryInt("SELECT count(*) FROM costs WHERE category = 'acquisition'"), 1);
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad category")
            << QStringLiteral("bad_category.csv") << QStringLiteral("bad-category");
        QTest::newRow("bad amount")
            << QStringLiteral("bad_amount.csv") << QStringLiteral("bad-money");
        QTest::newRow("missing amount")
            << QStringLiteral("missing_amount.csv") << QStringLiteral("missing-column");
        QTest::newRow("header only")
            << QStringLiteral("header_only.csv") << QStringLiteral("no-rows");
        QTest::newRow("empty") << QStringLiteral("empty.csv") << QStringLiteral("empty-file");
    }

    void badInputChangesNothing() {
        QFETCH(QString, file);
        QFETCH(QString, code);
        auto ws =
            Workspace::open(m_dir.path(QStringLiteral("bad.pvi")), Workspace::Mode::CreateOrOpen)
                .workspace;
        const ImportReport report =
            importFile(*ws, QStringLiteral(PVI_FIXTURES_DIR) + QStringLiteral("/costs/") + file,
                       ImportOptions::forSource(QStringLiteral("costs")));
        QVERIFY(!report.ok);
        bool found = false;
        for (const ImportIssue& issue : report.issues)
            found = found || issue.code == code;
        QVERIFY2(found, qPrintable(report.error));
        if (code == u"bad-category") {
            QCOMPARE(report.issues.first().line, 2);
            QCOMPARE(report.issues.first().column, 4);
        }
        QCOMPARE(ws->db().queryInt("SELECT count(*) FROM costs", -1), 0);
        QCOMPARE(ws->db().queryInt("SELECT count(*) FROM import_batches", -1), 0);
    }
};

PVI_TEST_CLASS(TestCosts)
#include "test_costs.moc"
