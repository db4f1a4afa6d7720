#include "pvi/monitoring/pvi_monitoring.h"

#include "analytics/anomalies/anomaly_detector.h"
#include "analytics/attribution/journey_stage_funnel.h"
#include "pvi/engine/metric_support.h"
#include "pvi/engine/pvi_table.h"
#include "pvi/monitoring/pvi_anomalies.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi/web/pvi_web.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <cmath>

namespace pvi {

namespace {

using D = PviDefinition::Direction;
using F = PviFamily;
using U = PviUnit;

constexpr const char* kMonitoringData =
    QT_TRANSLATE_NOOP("PviText", "Orders (a Shopify orders export)");

constexpr PviRow kMonitoringRows[] = {
    {"journey_stage_engagement", QT_TRANSLATE_NOOP("PviText", "Repeat step of the journey"),
     U::Percent, D::HigherIsBetter, F::Monitoring, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "Of the customers who ordered in the period, the share who have come back for another "
         "order: the order → repeat step of the visit → cart → order → repeat journey. With web "
         "analytics reports imported, the visit → order step is shown too (visits of personalized "
         "landing pages against the others); the cart step needs per-visitor cart events."),
     QT_TRANSLATE_NOOP(
         "PviText", "Customers with a valid order in the period and more than one valid order by "
                    "the period's end, divided by the customers with a valid order in the period, "
                    "times 100; personalized = exposed by the period's end. Steps: visit → order = "
                    "sessions with a key event / sessions of the web reports inside the period "
                    "(personalized = landing-page-prefix rule), order → repeat = the value."),
     kMonitoringData},
    {"anomalies", QT_TRANSLATE_NOOP("PviText", "Unusual revenue days"), U::Count, D::LowerIsBetter,
     F::Monitoring, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText", "The days of the period when net revenue was far from what the same weekday "
                    "usually brings. A spike can be a campaign that worked; a drop can be a broken "
                    "checkout. Each day is listed with its revenue and the expected revenue."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "Days of the period whose net revenue has a robust z-score of 3.5 (the anomaly_threshold "
         "setting) or more in absolute value against the median of the same weekday over the "
         "previous 8 weeks (anomaly_window; scale 1.4826 × median absolute deviation); days with "
         "fewer than 4 such weeks of history are not judged."),
     kMonitoringData},
};

GroupValue shareOf(const std::vector<StageStep>& steps) {
    const StageStep& step = steps.at(static_cast<std::size_t>(JourneyStage::Order));
    const double share = step.share();
    return {std::isfinite(share) ? std::optional<double>(share * 100.0) : std::nullopt,
            step.reached};
}

} // namespace

std::span<const PviRow> monitoringPviRows() {
    return kMonitoringRows;
}

PviResult journeyStageEngagement(const OrderSnapshot& snapshot, const Period& period,
                                 const PviResult& webConversion) {
    PviResult r;
    r.id = QStringLiteral("journey_stage_engagement");
    const DayRange range = DayRange::of(period);
    std::vector<CustomerStageEvidence> evidence;
    for (const PeriodCustomer& pc : customersIn(snapshot, range)) {
        const SnapshotCustomer& customer = *pc.customer;
        CustomerStageEvidence e;
        e.evidence[static_cast<std::size_t>(JourneyStage::Order)] = true;
        e.evidence[static_cast<std::size_t>(JourneyStage::Repeat)] =
            customer.ordersBetween(customer.firstDay(), range.to) > 1;
        e.personalized = customer.exposedBy(range.to);
        evidence.push_back(e);
    }
    if (evidence.empty()) {
        r.reason =
            QCoreApplication::translate("pvi::PviReason", "no customer ordered in the period");
        return r;
    }
    const StageFunnel funnel = journeyStageFunnel(evidence);
    const GroupValue overall = shareOf(funnel.overall);
    r.value = overall.value;
    r.n = overall.n;
    r.personalized = shareOf(funnel.personalized);
    r.control = shareOf(funnel.generic);
    if (r.personalized.value && r.control.value && *r.control.value > 0)
        r.liftPercent = (*r.personalized.value - *r.control.value) / *r.control.value * 100.0;
    if (!snapshot.hasRules)
        r.splitReason = QStringLiteral("add a personalization rule to split the customers");
    if (webConversion.available && webConversion.value) {
        r.segments.push_back({QStringLiteral("visit_to_order"),
                              QStringLiteral("Visit → order (web sessions with a key event)"),
                              webConversion.value, webConversion.n, webConversion.personalized,
                              webConversion.control});
    }
    r.segments.push_back({QStringLiteral("order_to_repeat"),
                          QStringLiteral("Order → repeat (customers)"), r.value, r.n,
                          r.personalized, r.control});
    r.available = r.value.has_value();
    return r;
}

PviResult revenueAnomalies(const OrderSnapshot& snapshot, const Period& period,
                           const AnomalySettings& settings) {
    PviResult r;
    r.id = QStringLiteral("anomalies");
    const DayRange range{period.from.toJulianDay() - 7 * settings.window, period.to.toJulianDay()};
    DatedSeries series;
    for (qint64 day = range.from; day <= range.to; ++day)
        series[QDate::fromJulianDay(day)] = 0.0;
    for (const SnapshotOrder& order : ordersIn(snapshot, range))
        series[QDate::fromJulianDay(order.day)] += order.revenue;
    const AnomalyReport report = detectAnomalies(series, SeriesGranularity::Daily, settings);
    qint64 skippedInPeriod = 0;
    for (const SkippedPoint& s : report.skipped)
        skippedInPeriod += s.date >= period.from ? 1 : 0;
    r.n = period.days() - skippedInPeriod;
    if (r.n <= 0) {
        r.reason =
            QCoreApplication::translate(
                "pvi::PviReason", "no day of the period has %1 weeks of order history before it")
                .arg(settings.minHistory);
        return r;
    }
    for (const Anomaly& a : report.anomalies) {
        if (a.date < period.from)
            continue;
        SegmentValue row;
        row.id = a.date.toString(Qt::ISODate);
        row.name = QStringLiteral("%1 (%2, expected %3)")
                       .arg(row.id, anomalySeverityId(a.severity))
                       .arg(a.expected, 0, 'f', 2);
        row.value = a.value;
        row.n = 1;
        row.control = {a.expected, 1};
        r.segments.push_back(row);
    }
    r.value = static_cast<double>(r.segments.size());
    r.available = true;
    return r;
}

} // namespace pvi
