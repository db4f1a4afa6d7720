#pragma once

#include <QDate>

namespace pvi {

class Database;

/// The last day of the workspace's orders: the latest order_date of its valid orders (is_valid =
/// 1), with or without a customer; invalid when there is none. The one definition every period,
/// series, as-of date and alert ends on (lastDayOfData in pvi/engine/metrics_engine.h builds on
/// it). Throws DbError on a store failure.
QDate lastOrderDay(Database& db);

} // namespace pvi
