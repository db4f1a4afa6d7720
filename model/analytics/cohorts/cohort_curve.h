#pragma once

#include "analytics/cohorts/cohort_matrix.h"

#include <QDate>

#include <vector>

namespace pvi {

/// The figures of a cohort row (docs/segments-and-cohorts.md).
enum class CohortMeasure {
    ActivePercent,      ///< share of the cohort with a valid order in month k, × 100
    OrdersPerCustomer,  ///< valid orders up to the end of month k per cohort customer
    RevenuePerCustomer, ///< cumulative net revenue up to the end of month k per cohort customer
};

/// The row's values of `measure`, one per month offset k.
const std::vector<double>& cohortValues(const CohortRow& row, CohortMeasure measure);

/// One point of a cohort curve: month offset k and the measure averaged over the cohorts seen
/// through the whole of month k, weighted by cohort size.
struct CohortCurvePoint {
    int monthOffset = 0;
    double value = 0;
    qint64 cohorts = 0;   ///< cohorts averaged
    qint64 customers = 0; ///< their customers (the weights' sum)
};

/// The size-weighted mean curve of the cohorts: for each k, Σ customers × value(k) / Σ customers
/// over the cohorts whose month k had ended by `asOf` (a month still running on asOf — the last
/// column of a row unless asOf is a month's last day — would pull the curve down, so it is left
/// out). For the active share this is the pooled share: customers active in month k / customers.
/// Points run from k = 0 up to the last k any cohort has complete; empty without rows.
std::vector<CohortCurvePoint> cohortCurve(const std::vector<CohortRow>& rows, CohortMeasure measure,
                                          const QDate& asOf);

} // namespace pvi
