#pragma once

#include "importers/import_report.h"
#include "importers/order_record.h"
#include "store/statement.h"

#include <cstdint>

namespace pvi {

class Database;

/// Writes orders of one import batch, keyed by (source, order_key): a new order is inserted, a
/// known one left alone when identical or updated in place (and moved to this batch) when any
/// value or line differs. Holds its prepared statements for the whole import.
class OrderStore {
public:
    enum class Outcome { Added, Updated, Unchanged };

    OrderStore(Database& db, std::int64_t batchId);

    /// Saves one order with its lines; throws DbError on a database failure.
    Outcome save(const OrderRecord& order);

private:
    void bindOrder(Statement& stmt, const OrderRecord& order);
    void insertLines(std::int64_t orderId, const OrderRecord& order);
    OrderRecord load(std::int64_t orderId, const OrderRecord& keyed);

    Database& m_db;
    std::int64_t m_batchId;
    Statement m_insert;
    Statement m_insertLine;
};

/// Counts a saved order in the report as added, updated or unchanged, and as a guest's when it
/// has no customer.
void countOutcome(ImportReport& report, const OrderRecord& order, OrderStore::Outcome outcome);

} // namespace pvi
