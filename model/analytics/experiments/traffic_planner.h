#pragma once

#include "stats/sample_size_planner.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pvi {

class Workspace;

/// What a planned test counts as its units and its outcome.
enum class PlanMetric {
    Conversion, ///< web sessions that convert (GA4 sessions and conversions)
    Orders,     ///< orders followed by a reorder from the same customer within 30 days
    Email,      ///< delivered e-mails that are clicked
};

/// "conversion", "orders", "email" (the `--metric` values of `pvi abtest --plan-from-traffic`).
QString planMetricId(PlanMetric metric);
/// The metric with this id, if any.
std::optional<PlanMetric> planMetricFromId(const QString& id);

/// A shop's own traffic for one metric: units and successes over a window of whole weeks ending
/// at its latest data on or before the as-of date.
struct TrafficBaseline {
    PlanMetric metric = PlanMetric::Conversion;
    QString source;      ///< where the numbers come from, in words ("GA4 landing pages")
    QString unitName;    ///< "sessions", "orders", "delivered e-mails"
    QString outcomeName; ///< "a conversion", "a reorder within 30 days", "a click"
    QDate from;          ///< first day counted
    QDate to;            ///< last day counted
    double units = 0;
    double successes = 0;
    double weeks = 0;                   ///< (to − from + 1) / 7
    std::optional<double> unitsPerWeek; ///< units / weeks
    std::optional<double> baseline;     ///< successes / units
    QStringList reasons;                ///< why the baseline is missing

    bool defined() const { return unitsPerWeek.has_value() && baseline.has_value(); }
};

/// Reads the shop's traffic for `metric` from the workspace: the `lookbackWeeks` whole weeks
/// ending at the latest day with data on or before `asOf` (GA4 reports count when they lie
/// within the window; a reorder needs 30 days after the order, so the orders' baseline window
/// ends 30 days before the latest order). Throws DbError from the store on SQL failures.
TrafficBaseline readTrafficBaseline(Workspace& workspace, PlanMetric metric, const QDate& asOf,
                                    int lookbackWeeks = 12);

/// A test planned from the shop's traffic: the weeks needed for a relative effect, and the
/// relative effect detectable in a few horizons.
struct TrafficPlan {
    struct Horizon {
        int weeks = 0;
        DetectableEffect effect;
    };
    TrafficBaseline traffic;
    double relativeMde = 0;
    double controlShare = 0.5;
    double power = 0.8;
    double alpha = 0.05;
    SplitPlan plan;                    ///< visitors needed for `relativeMde`
    std::optional<double> weeksNeeded; ///< plan.exactTotal / traffic.unitsPerWeek
    std::vector<Horizon> horizons;     ///< 2, 4 and 8 weeks
    QStringList reasons;               ///< why the weeks are missing
};

/// Plans a test on `traffic` for a relative change `relativeMde` of its baseline, with the
/// control getting `controlShare` of the units (requiredSampleForSplit and
/// detectableEffectForSplit at `power` and `alpha`).
TrafficPlan planFromTraffic(const TrafficBaseline& traffic, double relativeMde,
                            double controlShare = 0.5, double power = 0.8, double alpha = 0.05);

/// One plain-language paragraph: the baseline, the weeks needed and the detectable effects.
QString trafficPlanText(const TrafficPlan& plan);

} // namespace pvi
