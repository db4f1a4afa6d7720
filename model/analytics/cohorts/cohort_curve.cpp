#include "analytics/cohorts/cohort_curve.h"

#include <algorithm>

namespace pvi {

const std::vector<double>& cohortValues(const CohortRow& row, CohortMeasure measure) {
    switch (measure) {
    case CohortMeasure::OrdersPerCustomer:
        return row.ordersPerCustomer;
    case CohortMeasure::RevenuePerCustomer:
        return row.revenuePerCustomer;
    case CohortMeasure::ActivePercent:
        break;
    }
    return row.activePercent;
}

std::vector<CohortCurvePoint> cohortCurve(const std::vector<CohortRow>& rows, CohortMeasure measure,
                                          const QDate& asOf) {
    std::vector<CohortCurvePoint> points;
    std::vector<double> weighted;
    for (const CohortRow& row : rows) {
        const std::vector<double>& values = cohortValues(row, measure);
        for (std::size_t k = 0; k < values.size(); ++k) {
            const QDate month = row.month.addMonths(static_cast<int>(k));
            if (month.addDays(month.daysInMonth() - 1) > asOf)
                break; // month k is still running (or after asOf)
            if (points.size() <= k) {
                points.resize(k + 1);
                weighted.resize(k + 1, 0.0);
            }
            CohortCurvePoint& point = points[k];
            point.monthOffset = static_cast<int>(k);
            ++point.cohorts;
            point.customers += row.customers;
            weighted[k] += static_cast<double>(row.customers) * values[k];
        }
    }
    for (std::size_t k = 0; k < points.size(); ++k) {
        if (points[k].customers > 0)
            points[k].value = weighted[k] / static_cast<double>(points[k].customers);
    }
    return points;
}

} // namespace pvi
