// The Overview's alerts panel on the demo workspace with a target set out of reach: it lists the
// model's anomalies of the last four weeks' daily revenue and orders and the off-track target,
// and nothing but the "no orders" note without a workspace.
#include "analytics/anomalies/anomaly_detector.h"
#include "analytics/orders/daily_order_series.h"
#include "analytics/orders/last_order_day.h"
#include "analytics/rfm/rfm_summary.h"
#include "analytics/targets/target_store.h"
#include "gui_test_setup.h"
#include "page_test_workspace.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/period_filter.h"
#include "pvi/engine/pvi_registry.h"
#include "temp_workspace.h"
#include "test_registry.h"
#include "widgets/alerts_panel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestAlertsPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { pvi::test::isolateGuiTestSettings(); }
    void listsAnomaliesAndOffTrackTargets();
    void judgesTargetsOverTheFiltersPeriod();
    void withoutWorkspaceSaysSo();
};

void TestAlertsPanel::listsAnomaliesAndOffTrackTargets() {
    pvi::test::TempDir dir;
    const QString path = dir.path(u"shop.pvi"_s);
    QString error = pvi::test::buildDemoWorkspace(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QString title;
    int expectedAnomalies = 0;
    {
        auto opened = pvi::Workspace::open(path, pvi::Workspace::Mode::OpenExisting);
        QVERIFY(opened.workspace);
        pvi::Workspace& ws = *opened.workspace;
        // A higher-is-better PVI with a value, and a target twice that value: off track.
        for (const pvi::PviResult& r : pvi::computeMetrics(ws, pvi::defaultMetricsQuery(ws))) {
            const pvi::PviDefinition* def = pvi::PviRegistry::find(r.id);
            if (r.value && *r.value > 0 && def != nullptr &&
                def->direction == pvi::PviDefinition::Direction::HigherIsBetter) {
                pvi::saveTarget(ws.db(), {r.id, {*r.value * 2.0, std::nullopt, std::nullopt}});
                title = def->title;
                break;
            }
        }
        QVERIFY(!title.isEmpty());
        const QDate last = pvi::lastOrderDay(ws.db());
        const QDate firstReported = last.addDays(-(pvi::kAlertRecentDays - 1));
        const auto series = pvi::loadDailyOrderSeries(
            ws.db(), last.addDays(-(pvi::kAlertRecentDays + pvi::kAlertHistoryDays - 1)), last);
        for (const auto* s : {&series.revenue, &series.orders}) {
            for (const auto& a : pvi::detectAnomalies(*s, pvi::SeriesGranularity::Daily).anomalies)
                expectedAnomalies += a.date >= firstReported ? 1 : 0;
        }
    }

    pvi::AlertsPanel panel;
    panel.resize(420, 400);
    panel.show();
    QSignalSpy loaded(&panel, &pvi::AlertsPanel::loaded);
    panel.setWorkspacePath(path);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
    QVERIFY2(panel.data().error.isEmpty(), qPrintable(panel.data().error));
    QCOMPARE(panel.data().targets, 1);
    int anomalies = 0;
    int targets = 0;
    for (const pvi::AlertItem& a : panel.data().alerts) {
        anomalies += a.source == u"anomaly"_s ? 1 : 0;
        targets += a.source == u"target"_s ? 1 : 0;
    }
    QCOMPARE(anomalies, expectedAnomalies);
    QCOMPARE(targets, 1);
    // A revenue alert writes the day's and the usual amounts in the shop's currency.
    int revenueAlerts = 0;
    for (const pvi::AlertItem& a : panel.data().alerts) {
        if (a.source != u"anomaly"_s || !a.title.startsWith(u"Revenue"_s))
            continue;
        ++revenueAlerts;
        QVERIFY2(a.detail.count(u"CA$"_s) == 2,
                 qPrintable(u"expected both amounts in CA$: "_s + a.detail));
    }
    QVERIFY2(revenueAlerts > 0, "the demo's last four weeks should hold a revenue anomaly");
    bool shown = false;
    for (QLabel* row : panel.rows())
        shown = shown || row->text().contains(title.toHtmlEscaped() + u" is off track"_s);
    QVERIFY2(shown, qPrintable(title));
}

void TestAlertsPanel::judgesTargetsOverTheFiltersPeriod() {
    pvi::test::TempDir dir;
    const QString path = dir.path(u"shop.pvi"_s);
    QString error = pvi::test::buildDemoWorkspace(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // A higher-is-better PVI whose last-30-days value is more than 10% away from its
    // last-90-days value; the target is the larger one, so exactly one period is off track.
    pvi::PeriodFilter last30;
    last30.preset = pvi::PeriodFilter::Preset::Last30Days;
    QString pviId;
    bool thirtyIsOffTrack = false;
    {
        auto opened = pvi::Workspace::open(path, pvi::Workspace::Mode::OpenExisting);
        QVERIFY(opened.workspace);
        pvi::Workspace& ws = *opened.workspace;
        const auto ninety = pvi::computeMetrics(ws, pvi::resolveQuery(ws, pvi::PeriodFilter{}));
        const auto thirty = pvi::computeMetrics(ws, pvi::resolveQuery(ws, last30));
        for (std::size_t i = 0; i < ninety.size() && pviId.isEmpty(); ++i) {
            const pvi::PviDefinition* def = pvi::PviRegistry::find(ninety[i].id);
            if (def == nullptr || def->direction != pvi::PviDefinition::Direction::HigherIsBetter ||
                !ninety[i].value || !thirty[i].value || *ninety[i].value <= 0 ||
                *thirty[i].value <= 0)
                continue;
            const double low = std::min(*ninety[i].value, *thirty[i].value);
            const double high = std::max(*ninety[i].value, *thirty[i].value);
            if (low >= 0.85 * high)
                continue;
            pviId = ninety[i].id;
            thirtyIsOffTrack = *thirty[i].value < *ninety[i].value;
            pvi::saveTarget(ws.db(), {pviId, {high, std::nullopt, std::nullopt}});
        }
    }
    QVERIFY2(!pviId.isEmpty(), "no PVI of the demo differs by 15% between 30 and 90 days");

    const auto targetAlerts = [&](const pvi::PeriodFilter& filter) {
        pvi::AlertsPanel panel;
        QSignalSpy loaded(&panel, &pvi::AlertsPanel::loaded);
        panel.setWorkspacePath(path, filter);
        if (!QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 60000))
            return -1;
        int targets = 0;
        for (const pvi::AlertItem& a : panel.data().alerts)
            targets += a.source == u"target"_s ? 1 : 0;
        return targets;
    };
    const int ninetyAlerts = targetAlerts(pvi::PeriodFilter{});
    const int thirtyAlerts = targetAlerts(last30);
    QVERIFY2(ninetyAlerts == (thirtyIsOffTrack ? 0 : 1) &&
                 thirtyAlerts == (thirtyIsOffTrack ? 1 : 0),
             qPrintable(u"%1: target alerts over 90 days %2, over 30 days %3; expected the "
                        "off-track one only over %4 days"_s.arg(pviId)
                            .arg(ninetyAlerts)
                            .arg(thirtyAlerts)
                            .arg(thirtyIsOffTrack ? 30 : 90)));
}

void TestAlertsPanel::withoutWorkspaceSaysSo() {
    pvi::AlertsPanel panel;
    QSignalSpy loaded(&panel, &pvi::AlertsPanel::loaded);
    panel.setWorkspacePath(QString());
    QCOMPARE(loaded.size(), 1);
    QVERIFY(panel.rows().isEmpty());
}

PVI_TEST_CLASS(TestAlertsPanel)
#include "test_alerts_panel.moc"
