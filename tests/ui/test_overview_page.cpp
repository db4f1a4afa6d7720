// The Overview's data on the full demo shop: every available PVI that has a series shows its
// sparkline, whatever its family; and the Overview, the alerts and the Data page share one
// cached run for a filter instead of computing it each.
#include "analytics/targets/target_store.h"
#include "full_demo_workspace.h"
#include "gui_test_setup.h"
#include "importers/demo_shop.h"
#include "pages/data_page_loader.h"
#include "pages/overview_loader.h"
#include "pvi/engine/period_filter.h"
#include "pvi/engine/pvi_engine.h"
#include "pvi/engine/pvi_run_cache.h"
#include "temp_workspace.h"
#include "test_registry.h"
#include "widgets/alerts_loader.h"
#include "widgets/value_format.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestOverviewPage : public QObject {
    Q_OBJECT

private:
    pvi::test::TempDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase();
    void everyAvailableTileWithASeriesHasItsSparkline();
    void pagesShareOneRunPerFilter();
    void selfSelectedLiftsCarryTheAdjustedEstimate();
};

void TestOverviewPage::initTestCase() {
    m_path = m_dir.path(u"demo.pvi"_s);
    const QString error = pvi::test::buildFullDemoWorkspace(m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestOverviewPage::everyAvailableTileWithASeriesHasItsSparkline() {
    const pvi::OverviewData data = pvi::loadOverview(m_path, pvi::PeriodFilter{});
    QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
    QVERIFY(data.webPeriodIsSelected); // the demo's analytics reports cover the default period
    int checked = 0;
    QStringList missing;
    for (const QList<pvi::PviTileData>* tiles : {&data.tiles, &data.webTiles}) {
        for (const pvi::PviTileData& tile : *tiles) {
            if (!tile.result.available || !tile.result.value || !pvi::pviHasSeries(tile.id))
                continue;
            ++checked;
            const bool full = tile.trend.size() == pvi::kWindowSparklinePoints &&
                              std::isfinite(tile.trend.constLast());
            if (!full)
                missing << u"%1 (%2 points)"_s.arg(tile.id).arg(tile.trend.size());
        }
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"available tiles without a full sparkline ending on the period's "
                        "value: "_s +
                        missing.join(u", "_s)));
    // Every family of the demo is there: orders, email, surveys, web, costs, experiments,
    // monitoring, engagement, fairness.
    QVERIFY2(checked >= 40, qPrintable(u"only %1 tiles with a series were checked"_s.arg(checked)));
}

void TestOverviewPage::pagesShareOneRunPerFilter() {
    {
        auto ws = pvi::Workspace::open(m_path, pvi::Workspace::Mode::OpenExisting).workspace;
        QVERIFY(ws);
        pvi::saveTarget(ws->db(), {u"average_order_value"_s, {1.0, std::nullopt, std::nullopt}});
    }
    pvi::PviRunCache& cache = pvi::PviRunCache::shared();
    cache.clear();
    pvi::PeriodFilter last30;
    last30.preset = pvi::PeriodFilter::Preset::Last30Days;
    const std::int64_t before = cache.computedRuns();

    const pvi::OverviewData overview = pvi::loadOverview(m_path, last30);
    const pvi::AlertsData alerts = pvi::loadAlerts(m_path, last30);
    const pvi::DataPageData dataPage = pvi::loadDataPage(m_path, last30);
    QVERIFY2(alerts.error.isEmpty() && dataPage.error.isEmpty(),
             qPrintable(alerts.error + dataPage.error));
    QCOMPARE(cache.computedRuns(), before + 1);
    // Back to the Overview: served from the cache.
    pvi::loadOverview(m_path, last30);
    QCOMPARE(cache.computedRuns(), before + 1);

    // The Data page's targets (the demo's and the one set here) show the values of the
    // Overview's tiles for the same filter.
    QCOMPARE(dataPage.targets.size(), std::size(pvi::kDemoShopTargets) + 1);
    int compared = 0;
    for (const pvi::DataTargetRow& target : dataPage.targets) {
        for (const pvi::PviTileData& tile : overview.tiles) {
            if (tile.id != target.target.pviId || !tile.result.value)
                continue;
            QVERIFY2(target.value, qPrintable(target.target.pviId));
            QCOMPARE(*target.value, *tile.result.value);
            ++compared;
        }
    }
    QVERIFY2(compared >= 2, "the average order value's target and a demo target are compared");
}

PVI_TEST_CLASS(TestOverviewPage)
#include "test_overview_page.moc"

void TestOverviewPage::selfSelectedLiftsCarryTheAdjustedEstimate() {
    const pvi::OverviewData data = pvi::loadOverview(m_path, pvi::PeriodFilter{});
    QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
    const auto tile = [&](const QString& id) -> const pvi::PviTileData* {
        for (const pvi::PviTileData& t : data.tiles)
            if (t.id == id)
                return &t;
        return nullptr;
    };
    const pvi::PviTileData* adjusted = tile(u"adjusted_revenue_effect"_s);
    QVERIFY2(adjusted && adjusted->result.available,
             "the demo should show the revenue effect adjusted for selection");
    QVERIFY2(adjusted->adjustedForSelection, "the adjusted tile's own lift carries no dagger");
    QVERIFY(adjusted->result.valueCi95.has_value());
    const pvi::PviTileData* revenue = tile(u"revenue_per_customer"_s);
    QVERIFY(revenue && revenue->result.liftPercent);
    QVERIFY2(revenue->selectionNote.startsWith(u"After taking out who tends to get personalized"),
             qPrintable(revenue->selectionNote));
    QVERIFY2(revenue->selectionNote.contains(u"customers per arm"),
             "the tooltip should say which experiment would settle it");
    const QString amount = pvi::formatMoney(*adjusted->result.value, data.currency);
    QVERIFY2(revenue->adjustedLift.contains(amount),
             qPrintable(u"expected %1 in '%2'"_s.arg(amount, revenue->adjustedLift)));
    // Every other self-selected lift explains itself with the same estimate.
    int noted = 0;
    for (const pvi::PviTileData& t : data.tiles)
        if (t.result.liftPercent && !t.adjustedForSelection) {
            QCOMPARE(t.selectionNote, revenue->selectionNote);
            ++noted;
        }
    QVERIFY(noted >= 10);
}
