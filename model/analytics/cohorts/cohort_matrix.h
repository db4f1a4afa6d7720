#pragma once

#include <QDate>

#include <unordered_set>
#include <vector>

namespace pvi {

/// One valid order as the cohort matrix needs it.
struct CohortOrder {
    qint64 customerId = 0;
    QDate date;
    double revenue = 0;
};

/// One acquisition cohort: the customers whose first valid order is in `month`.
/// Column k is calendar month `month + k`, up to the month of the as-of date (the last column may
/// be a partial month). Vectors are parallel, one entry per column.
struct CohortRow {
    QDate month; ///< first day of the cohort's month
    qint64 customers = 0;
    std::vector<double> activePercent;     ///< share with ≥ 1 valid order in month k, × 100
    std::vector<double> ordersPerCustomer; ///< valid orders up to the end of month k / customers
    std::vector<double>
        revenuePerCustomer; ///< cumulative net revenue to end of month k / customers
};

/// Monthly acquisition cohorts: overall and split by onboarding (personalized when the customer's
/// first valid order was personalized, see cohort_report.h in model/pvi).
struct CohortMatrix {
    QDate asOf;
    std::vector<CohortRow> all;
    std::vector<CohortRow> personalized;
    std::vector<CohortRow> generic;
};

/// The cohort rows of the customers in `include` (every customer when it is null),
/// from the orders dated on or before asOf. Orders without a customer are ignored.
std::vector<CohortRow> buildCohortRows(const std::vector<CohortOrder>& orders, const QDate& asOf,
                                       const std::unordered_set<qint64>* include);

/// The whole matrix: all customers, those in `personalizedOnboarding`, and the rest.
CohortMatrix buildCohortMatrix(const std::vector<CohortOrder>& orders, const QDate& asOf,
                               const std::unordered_set<qint64>& personalizedOnboarding);

} // namespace pvi
