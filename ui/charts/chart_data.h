#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pvi {

/// One month of the revenue-and-orders trend.
struct MonthlyPoint {
    QDate month; ///< first day of the month
    double revenue = 0;
    qint64 orders = 0;
};

/// Customers in one named segment.
struct SegmentCount {
    QString name;
    qint64 customers = 0;
};

/// A measure of acquisition cohorts: row = cohort month, column = month offset k. By default the
/// values are retention shares in 0..1; CohortHeatmap::CellFormat says how other measures
/// (orders or revenue per customer) are written.
struct CohortGrid {
    QList<QDate> cohorts;                       ///< first day of each cohort's month
    QList<qint64> sizes;                        ///< customers in each cohort
    QList<QList<std::optional<double>>> values; ///< [cohort][k]; empty when not yet observed
};

} // namespace pvi
