#include "widgets/alerts_loader.h"

#include "analytics/anomalies/anomaly_detector.h"
#include "analytics/orders/daily_order_series.h"
#include "analytics/orders/last_order_day.h"
#include "analytics/rfm/rfm_summary.h"
#include "analytics/targets/target_store.h"
#include "pvi/engine/period_filter.h"
#include "pvi/engine/pvi_registry.h"
#include "pvi/engine/pvi_run_cache.h"
#include "pvi/engine/workspace_currency.h"
#include "pvi/monitoring/pvi_anomalies.h"
#include "store/workspace.h"
#include "widgets/pvi_text.h"
#include "widgets/value_format.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// The texts of the alerts, in the window's language.
struct AlertsText {
    Q_DECLARE_TR_FUNCTIONS(AlertsText)
};

/// `value` as the alert writes it: money in the workspace's currency (`currency`), else as `kind`.
QString alertValue(double value, ValueKind kind, const QString& currency) {
    return kind == ValueKind::Currency ? formatMoney(value, currency) : formatValue(value, kind);
}

void addAnomalies(AlertsData& data, const DatedSeries& series, const QString& what, ValueKind kind,
                  const QString& currency, const AnomalySettings& settings) {
    const QDate firstReported = data.lastDay.addDays(-(kAlertRecentDays - 1));
    const AnomalyReport report = detectAnomalies(series, SeriesGranularity::Daily, settings);
    for (const Anomaly& a : report.anomalies) {
        if (a.date < firstReported)
            continue;
        AlertItem item;
        item.level = a.severity == AnomalySeverity::Alert ? AlertItem::Level::Alert
                                                          : AlertItem::Level::Watch;
        item.source = u"anomaly"_s;
        item.date = a.date;
        const QLocale locale = displayLocale();
        item.title =
            AlertsText::tr("%1 on %2").arg(what, locale.toString(a.date, u"ddd d MMM yyyy"_s));
        const QString usual =
            a.value > a.expected ? AlertsText::tr("%1, above the usual %2 for a %3 (robust z %4).")
                                 : AlertsText::tr("%1, below the usual %2 for a %3 (robust z %4).");
        item.detail =
            usual.arg(alertValue(a.value, kind, currency), alertValue(a.expected, kind, currency),
                      locale.toString(a.date, u"dddd"_s),
                      std::isfinite(a.score) ? locale.toString(a.score, 'f', 1) : u"∞"_s);
        data.alerts.append(item);
    }
}

void addTargets(AlertsData& data, Workspace& workspace, const PeriodFilter& filter) {
    const std::vector<StoredTarget> targets = loadTargets(workspace.db());
    data.targets = int(targets.size());
    if (targets.empty())
        return;
    const std::shared_ptr<const PviRun> run =
        PviRunCache::shared().run(workspace, resolveQuery(workspace, filter));
    for (const StoredTarget& t : targets) {
        const PviDefinition* def = PviRegistry::find(t.pviId);
        const PviResult* result = run->find(t.pviId);
        const double value = result != nullptr && result->value
                                 ? *result->value
                                 : std::numeric_limits<double>::quiet_NaN();
        const TargetDirection direction =
            def != nullptr && def->direction == PviDefinition::Direction::LowerIsBetter
                ? TargetDirection::LowerIsBetter
                : TargetDirection::HigherIsBetter;
        const TargetAssessment assessment = assessTarget(value, t.bounds, direction);
        if (assessment.status != TargetStatus::OffTrack && assessment.status != TargetStatus::Watch)
            continue;
        AlertItem item;
        item.level = assessment.status == TargetStatus::OffTrack ? AlertItem::Level::Alert
                                                                 : AlertItem::Level::Watch;
        item.source = u"target"_s;
        const QString status = assessment.status == TargetStatus::OffTrack
                                   ? AlertsText::tr("%1 is off track")
                                   : AlertsText::tr("%1 is on watch");
        item.title = status.arg(def != nullptr ? translated(*def).title : t.pviId);
        item.detail = assessment.reason;
        data.alerts.append(item);
    }
}

} // namespace

AlertsData loadAlerts(const QString& workspacePath, const PeriodFilter& filter) {
    AlertsData data;
    auto opened = Workspace::open(workspacePath, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        data.error = opened.error;
        return data;
    }
    try {
        Workspace& workspace = *opened.workspace;
        data.lastDay = lastOrderDay(workspace.db());
        if (data.lastDay.isValid()) {
            const AnomalySettings settings = loadAnomalySettings(workspace);
            const QDate from = data.lastDay.addDays(-(kAlertRecentDays + 7 * settings.window - 1));
            const DailyOrderSeries series =
                loadDailyOrderSeries(workspace.db(), from, data.lastDay);
            const QString currency = workspaceCurrency(workspace);
            addAnomalies(data, series.revenue, AlertsText::tr("Revenue"), ValueKind::Currency,
                         currency, settings);
            addAnomalies(data, series.orders, AlertsText::tr("Orders"), ValueKind::Count, {},
                         settings);
        }
        addTargets(data, workspace, filter);
        std::stable_sort(data.alerts.begin(), data.alerts.end(),
                         [](const AlertItem& a, const AlertItem& b) {
                             if (a.level != b.level)
                                 return a.level == AlertItem::Level::Alert;
                             return a.date > b.date;
                         });
    } catch (const std::exception& e) {
        // The model reports failures as values; this is the last guard before the GUI.
        data.error =
            AlertsText::tr("Alerts could not be computed: %1").arg(QString::fromUtf8(e.what()));
    }
    return data;
}

} // namespace pvi
