#include "analytics/experiments/traffic_planner.h"

#include "store/database.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

constexpr int kReorderDays = 30;
constexpr int kHorizonWeeks[] = {2, 4, 8};

QString isoDay(const QDate& day) {
    return day.toString(Qt::ISODate);
}

/// The latest ISO day in `sql` (one bound parameter: the as-of day), or an invalid date.
QDate latestDay(Database& db, const std::string& sql, const QDate& asOf) {
    Statement latest = db.prepare(sql);
    latest.bind(1, isoDay(asOf));
    QDate day;
    if (latest.step() && !latest.isNull(0))
        day = QDate::fromString(latest.columnText(0).left(10), Qt::ISODate);
    latest.reset();
    return day;
}

void finish(TrafficBaseline& t) {
    if (!t.reasons.isEmpty())
        return;
    t.weeks = double(t.from.daysTo(t.to) + 1) / 7.0;
    if (t.units <= 0) {
        t.reasons << u"no %1 between %2 and %3"_s.arg(t.unitName, isoDay(t.from), isoDay(t.to));
        return;
    }
    t.unitsPerWeek = t.units / t.weeks;
    const double rate = t.successes / t.units;
    if (!(rate > 0.0 && rate < 1.0)) {
        t.reasons << u"the %1 rate of the %2 is %3, so no change of it can be planned"_s.arg(
            t.outcomeName, t.unitName, QString::number(rate * 100.0, 'f', 1) + u'%');
        return;
    }
    t.baseline = rate;
}

void readWeb(Database& db, TrafficBaseline& t, const QDate& asOf, int lookbackWeeks) {
    t.source = u"web analytics landing-page reports"_s;
    t.unitName = u"sessions"_s;
    t.outcomeName = u"a conversion"_s;
    const QDate end = latestDay(db, "SELECT MAX(date_to) FROM web_pages WHERE date_to <= ?", asOf);
    if (!end.isValid()) {
        t.reasons << u"the workspace has no web analytics report ending by %1"_s.arg(isoDay(asOf));
        return;
    }
    // Reports lying within the window count whole; when none does (one report longer than the
    // window), the latest report counts alone.
    const QDate start = end.addDays(-7 * lookbackWeeks + 1);
    Statement sum = db.prepare(
        "SELECT MIN(date_from), MAX(date_to), SUM(sessions), SUM(conversions), COUNT(conversions) "
        "FROM web_pages WHERE date_to <= ?2 AND (date_from >= ?1 OR (?3 AND date_to = ?2))");
    for (int latestOnly = 0; latestOnly < 2 && t.units <= 0; ++latestOnly) {
        sum.bind(1, isoDay(start)).bind(2, isoDay(end)).bind(3, latestOnly == 1);
        if (sum.step() && !sum.isNull(0)) {
            t.from = QDate::fromString(sum.columnText(0).left(10), Qt::ISODate);
            t.to = QDate::fromString(sum.columnText(1).left(10), Qt::ISODate);
            t.units = sum.columnDouble(2);
            t.successes = sum.columnDouble(3);
            if (sum.columnInt64(4) == 0)
                t.reasons << u"the web reports have no conversions column"_s;
        }
        sum.reset();
    }
}

void readOrders(Database& db, TrafficBaseline& t, const QDate& asOf, int lookbackWeeks) {
    t.source = u"orders"_s;
    t.unitName = u"orders"_s;
    t.outcomeName = u"a reorder within %1 days"_s.arg(kReorderDays);
    const QDate last = latestDay(
        db, "SELECT MAX(order_date) FROM orders WHERE order_date <= ? AND cancelled_at IS NULL",
        asOf);
    if (!last.isValid()) {
        t.reasons << u"the workspace has no orders by %1"_s.arg(isoDay(asOf));
        return;
    }
    // An order's outcome is known 30 days later: the window ends 30 days before the last order.
    t.to = last.addDays(-kReorderDays);
    t.from = t.to.addDays(-7 * lookbackWeeks + 1);
    Statement count = db.prepare(
        "SELECT COUNT(*), COALESCE(SUM(EXISTS (SELECT 1 FROM orders AS later "
        "  WHERE later.customer_id = o.customer_id AND later.cancelled_at IS NULL "
        "    AND later.order_date > o.order_date AND later.order_date <= date(o.order_date, ?3)"
        "    AND later.id <> o.id)), 0) "
        "FROM orders AS o WHERE o.order_date BETWEEN ?1 AND ?2 AND o.cancelled_at IS NULL "
        "  AND o.customer_id IS NOT NULL");
    count.bind(1, isoDay(t.from)).bind(2, isoDay(t.to)).bind(3, u"+%1 days"_s.arg(kReorderDays));
    if (count.step()) {
        t.units = count.columnDouble(0);
        t.successes = count.columnDouble(1);
    }
    count.reset();
}

void readEmail(Database& db, TrafficBaseline& t, const QDate& asOf, int lookbackWeeks) {
    t.source = u"e-mail campaign reports"_s;
    t.unitName = u"delivered e-mails"_s;
    t.outcomeName = u"a click"_s;
    t.to = latestDay(db,
                     "SELECT MAX(send_date) FROM email_campaigns WHERE send_date <= ? "
                     "AND COALESCE(delivered, recipients) IS NOT NULL",
                     asOf);
    if (!t.to.isValid()) {
        t.reasons << u"the workspace has no e-mail campaign with deliveries sent by %1"_s.arg(
            isoDay(asOf));
        return;
    }
    t.from = t.to.addDays(-7 * lookbackWeeks + 1);
    Statement sum = db.prepare(
        "SELECT SUM(COALESCE(delivered, recipients - COALESCE(bounces, 0))), "
        "SUM(unique_clicks), COUNT(unique_clicks) FROM email_campaigns "
        "WHERE send_date BETWEEN ? AND ? AND COALESCE(delivered, recipients) IS NOT NULL");
    sum.bind(1, isoDay(t.from)).bind(2, isoDay(t.to));
    if (sum.step()) {
        t.units = sum.columnDouble(0);
        t.successes = sum.columnDouble(1);
        if (sum.columnInt64(2) == 0)
            t.reasons << u"the campaign reports have no unique clicks"_s;
    }
    sum.reset();
}

QString number(double value, int decimals = 0) {
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value, 'f', decimals);
}

} // namespace

QString planMetricId(PlanMetric metric) {
    switch (metric) {
    case PlanMetric::Orders:
        return u"orders"_s;
    case PlanMetric::Email:
        return u"email"_s;
    case PlanMetric::Conversion:
        break;
    }
    return u"conversion"_s;
}

std::optional<PlanMetric> planMetricFromId(const QString& id) {
    for (PlanMetric m : {PlanMetric::Conversion, PlanMetric::Orders, PlanMetric::Email}) {
        if (planMetricId(m) == id)
            return m;
    }
    return std::nullopt;
}

TrafficBaseline readTrafficBaseline(Workspace& workspace, PlanMetric metric, const QDate& asOf,
                                    int lookbackWeeks) {
    TrafficBaseline t;
    t.metric = metric;
    Database& db = workspace.db();
    switch (metric) {
    case PlanMetric::Conversion:
        readWeb(db, t, asOf, lookbackWeeks);
        break;
    case PlanMetric::Orders:
        readOrders(db, t, asOf, lookbackWeeks);
        break;
    case PlanMetric::Email:
        readEmail(db, t, asOf, lookbackWeeks);
        break;
    }
    finish(t);
    return t;
}

TrafficPlan planFromTraffic(const TrafficBaseline& traffic, double relativeMde, double controlShare,
                            double power, double alpha) {
    TrafficPlan p;
    p.traffic = traffic;
    p.relativeMde = relativeMde;
    p.controlShare = controlShare;
    p.power = power;
    p.alpha = alpha;
    if (!traffic.defined()) {
        p.reasons = traffic.reasons;
        return p;
    }
    const double baseline = *traffic.baseline;
    const double perWeek = *traffic.unitsPerWeek;
    p.plan = requiredSampleForSplit(baseline, baseline * relativeMde, controlShare, power, alpha);
    if (p.plan.exactTotal)
        p.weeksNeeded = *p.plan.exactTotal / perWeek;
    else
        p.reasons = p.plan.reasons;
    for (int weeks : kHorizonWeeks)
        p.horizons.push_back({weeks, detectableEffectForSplit(baseline, perWeek * weeks,
                                                              controlShare, power, alpha)});
    return p;
}

QString trafficPlanText(const TrafficPlan& p) {
    const TrafficBaseline& t = p.traffic;
    if (!t.defined())
        return u"Cannot plan from the %1: %2."_s.arg(t.source, t.reasons.join(u"; "_s));
    QString text = u"From your %1, %2 to %3: %4 %5 a week, %6% of them with %7."_s.arg(
        t.source, isoDay(t.from), isoDay(t.to), number(*t.unitsPerWeek), t.unitName,
        number(*t.baseline * 100.0, 2), t.outcomeName);
    const QString split =
        u"%1/%2"_s.arg(qRound(p.controlShare * 100)).arg(100 - qRound(p.controlShare * 100));
    if (p.weeksNeeded) {
        text += u" Detecting a %1% relative change (%2 → %3%) with %8% power needs %4 %5 with "
                "a %6 split: about %7 weeks."_s.arg(
                    number(p.relativeMde * 100.0, 0), number(*t.baseline * 100.0, 2),
                    number(*t.baseline * (1 + p.relativeMde) * 100.0, 2),
                    number(*p.plan.exactTotal), t.unitName, split,
                    number(*p.weeksNeeded, *p.weeksNeeded < 10 ? 1 : 0), number(p.power * 100.0));
    } else {
        text += u" No plan for a %1% change: %2."_s.arg(number(p.relativeMde * 100.0, 0),
                                                        p.reasons.join(u"; "_s));
    }
    QStringList horizons;
    for (const TrafficPlan::Horizon& h : p.horizons) {
        horizons << (h.effect.mdeRelative
                         ? u"%1 weeks: %2%"_s.arg(h.weeks).arg(
                               number(*h.effect.mdeRelative * 100.0, 0))
                         : u"%1 weeks: none (too few %2)"_s.arg(h.weeks).arg(t.unitName));
    }
    text += u" Smallest increase detectable in "_s + horizons.join(u", "_s) + u'.';
    return text;
}

} // namespace pvi
