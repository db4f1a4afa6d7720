#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace pvi {

class Database;

/// One row of the workspace's `costs` table: a cost over an inclusive period, imported from a
/// costs CSV (with its batch) or entered by hand (no batch).
struct CostRow {
    std::int64_t id = 0;
    QDate periodStart;
    QDate periodEnd;
    QString channel;
    QString category; ///< "personalization", "acquisition" or "other"
    double amount = 0;
    QString note;
    std::optional<std::int64_t> batchId; ///< the import batch, none for a row entered by hand
};

/// The categories a cost can have, as stored.
QStringList costCategories();

/// Every cost row, by period start then id. Throws DbError on a database failure.
std::vector<CostRow> loadCostRows(Database& db);

/// Stores a cost entered by hand (no batch; an empty channel is stored as "unspecified") and
/// returns its id; 0 with a message for an invalid period (missing, or ending before it starts),
/// an unknown category, an amount that is negative or not a number, or a database failure.
std::int64_t addCostRow(Database& db, const CostRow& row, QString* error);

/// Deletes a cost row by id; false with a message when there is no such row or on failure.
bool removeCostRow(Database& db, std::int64_t id, QString* error);

} // namespace pvi
