#include "pvi/orders/pvi_commerce.h"

#include "pvi/engine/metric_support.h"
#include "pvi/engine/pvi_formulas.h"

#include <QCoreApplication>

namespace pvi {

namespace {

struct MeanSplit {
    MeanSummary all;
    MeanSummary personalized;
    MeanSummary control;
};

MeanSplit orderValues(const OrderSnapshot& snapshot, const DayRange& range) {
    MeanSplit split;
    for (const SnapshotOrder& order : ordersIn(snapshot, range)) {
        split.all.add(order.revenue);
        (order.exposed ? split.personalized : split.control).add(order.revenue);
    }
    return split;
}

MeanSplit customerRevenues(const OrderSnapshot& snapshot, const DayRange& range) {
    MeanSplit split;
    for (const PeriodCustomer& customer : customersIn(snapshot, range)) {
        split.all.add(customer.revenue);
        (customer.exposed ? split.personalized : split.control).add(customer.revenue);
    }
    return split;
}

PviResult fromMeans(const QString& id, const MeanSplit& split, const OrderSnapshot& snapshot,
                    const Period& period) {
    PviResult result;
    result.id = id;
    result.n = split.all.n;
    if (split.all.n == 0) {
        result.reason = noOrdersInPeriodReason(period);
        return result;
    }
    result.available = true;
    result.value = split.all.mean();
    result.splitReason = splitUnavailableReason(snapshot);
    if (result.splitReason.isEmpty())
        applyMeanSplit(result, split.personalized, split.control);
    return result;
}

/// A PVI whose value is itself the comparison: unavailable without both groups.
QString comparisonGap(const OrderSnapshot& snapshot, const MeanSplit& split, const Period& period,
                      const QString& what) {
    if (split.all.n == 0)
        return noOrdersInPeriodReason(period);
    if (QString reason = splitUnavailableReason(snapshot); !reason.isEmpty())
        return reason;
    if (split.personalized.n == 0)
        return QStringLiteral("no personalized %1 in the period").arg(what);
    if (split.control.n == 0)
        return QStringLiteral("no generic %1 in the period to compare with").arg(what);
    return {};
}

} // namespace

PviResult averageOrderValue(const OrderSnapshot& snapshot, const Period& period) {
    return fromMeans(QStringLiteral("average_order_value"),
                     orderValues(snapshot, DayRange::of(period)), snapshot, period);
}

PviResult revenuePerCustomer(const OrderSnapshot& snapshot, const Period& period) {
    return fromMeans(QStringLiteral("revenue_per_customer"),
                     customerRevenues(snapshot, DayRange::of(period)), snapshot, period);
}

PviResult aovUplift(const OrderSnapshot& snapshot, const Period& period) {
    const MeanSplit split = orderValues(snapshot, DayRange::of(period));
    PviResult result;
    result.id = QStringLiteral("aov_uplift");
    result.n = split.all.n;
    result.reason = comparisonGap(snapshot, split, period, QStringLiteral("orders"));
    if (!result.reason.isEmpty())
        return result;
    applyMeanSplit(result, split.personalized, split.control);
    result.value = result.liftPercent;
    result.available = result.value.has_value();
    if (!result.available)
        result.reason = QCoreApplication::translate(
            "pvi::PviReason", "the generic orders have no revenue to compare with");
    return result;
}

PviResult incrementalRevenue(const OrderSnapshot& snapshot, const Period& period) {
    const MeanSplit split = customerRevenues(snapshot, DayRange::of(period));
    PviResult result;
    result.id = QStringLiteral("incremental_revenue");
    result.reason = comparisonGap(snapshot, split, period, QStringLiteral("customers"));
    if (!result.reason.isEmpty())
        return result;
    applyMeanSplit(result, split.personalized, split.control);
    result.available = true;
    result.n = split.personalized.n;
    result.value = (split.personalized.mean() - split.control.mean()) *
                   static_cast<double>(split.personalized.n);
    return result;
}

} // namespace pvi
