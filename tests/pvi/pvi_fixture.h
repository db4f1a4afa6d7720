#pragma once

#include <QString>

namespace pvi {
class Workspace;
}

namespace pvi::test {

/// Inserts tests/fixtures/pvi/orders.csv and customers.csv into an empty workspace with plain
/// SQL (one import batch; customers, customer records, orders). Returns false with a message.
bool loadPviFixture(Workspace& workspace, QString* error);

/// Inserts one valid order (and its customer when customerId > 0) with plain SQL.
void insertOrder(Workspace& workspace, qint64 orderId, qint64 customerId, const QString& date,
                 double revenue, const QString& tags = {}, const QString& discountCode = {});

} // namespace pvi::test
