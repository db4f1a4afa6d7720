#pragma once

#include <QString>

#include <memory>

namespace pvi {
class Workspace;
}

namespace pvi::test {

/// Inserts tests/fixtures/pvi/orders.csv and customers.csv into an empty workspace with plain
/// SQL (one import batch; customers, customer records, orders). Returns false with a message.
bool loadPviFixture(Workspace& workspace, QString* error);

/// A new workspace at `path` holding the fixture (loadPviFixture); null with a message.
std::unique_ptr<Workspace> newPviFixtureWorkspace(const QString& path, QString* error);

/// Inserts one valid order (and its customer when customerId > 0) with plain SQL.
void insertOrder(Workspace& workspace, qint64 orderId, qint64 customerId, const QString& date,
                 double revenue, const QString& tags = {}, const QString& discountCode = {});

} // namespace pvi::test
