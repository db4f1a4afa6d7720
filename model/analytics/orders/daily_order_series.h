#pragma once

#include "analytics/anomalies/anomaly_report.h"

#include <QDate>

namespace pvi {

class Database;

/// Net revenue and order count of the valid orders per calendar day, with explicit zeros for
/// days without orders, over [from, to] (both inclusive).
struct DailyOrderSeries {
    DatedSeries revenue;
    DatedSeries orders;
};

/// Reads the daily series from the workspace's valid orders. Throws DbError on SQL failures.
DailyOrderSeries loadDailyOrderSeries(Database& db, const QDate& from, const QDate& to);

} // namespace pvi
