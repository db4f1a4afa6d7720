#include "analytics/costs/cost_store.h"

#include "store/database.h"
#include "store/db_error.h"

#include <cmath>

namespace pvi {

namespace {

void setError(QString* error, const QString& message) {
    if (error)
        *error = message;
}

/// Why `row` cannot be stored, empty when it can.
QString invalidReason(const CostRow& row) {
    if (!row.periodStart.isValid() || !row.periodEnd.isValid())
        return QStringLiteral("the period needs a valid start and end date");
    if (row.periodEnd < row.periodStart)
        return QStringLiteral("the period ends (%1) before it starts (%2)")
            .arg(row.periodEnd.toString(Qt::ISODate), row.periodStart.toString(Qt::ISODate));
    if (!costCategories().contains(row.category))
        return QStringLiteral("unknown category '%1' (use %2)")
            .arg(row.category, costCategories().join(QStringLiteral(", ")));
    if (!std::isfinite(row.amount) || row.amount < 0)
        return QStringLiteral("the amount must be a number of at least 0");
    return {};
}

} // namespace

QStringList costCategories() {
    return {QStringLiteral("personalization"), QStringLiteral("acquisition"),
            QStringLiteral("other")};
}

std::vector<CostRow> loadCostRows(Database& db) {
    std::vector<CostRow> rows;
    Statement stmt = db.prepare("SELECT id, period_start, period_end, channel, category, amount, "
                                "coalesce(note, ''), batch_id FROM costs "
                                "ORDER BY period_start, id");
    while (stmt.step()) {
        CostRow row;
        row.id = stmt.columnInt64(0);
        row.periodStart = QDate::fromString(stmt.columnText(1), Qt::ISODate);
        row.periodEnd = QDate::fromString(stmt.columnText(2), Qt::ISODate);
        row.channel = stmt.columnText(3);
        row.category = stmt.columnText(4);
        row.amount = stmt.columnDouble(5);
        row.note = stmt.columnText(6);
        if (!stmt.isNull(7))
            row.batchId = stmt.columnInt64(7);
        rows.push_back(row);
    }
    return rows;
}

std::int64_t addCostRow(Database& db, const CostRow& row, QString* error) {
    const QString reason = invalidReason(row);
    if (!reason.isEmpty()) {
        setError(error, reason);
        return 0;
    }
    const QString channel = row.channel.trimmed();
    try {
        db.prepare("INSERT INTO costs(batch_id, period_start, period_end, channel, category, "
                   "amount, note) VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6)")
            .bind(1, row.periodStart.toString(Qt::ISODate))
            .bind(2, row.periodEnd.toString(Qt::ISODate))
            .bind(3, channel.isEmpty() ? QStringLiteral("unspecified") : channel)
            .bind(4, row.category)
            .bind(5, row.amount)
            .bind(6, row.note.trimmed().isEmpty() ? QString() : row.note.trimmed())
            .run();
        return db.lastInsertRowId();
    } catch (const DbError& e) {
        setError(error, QStringLiteral("the cost could not be stored: %1").arg(e.message()));
        return 0;
    }
}

bool removeCostRow(Database& db, std::int64_t id, QString* error) {
    try {
        db.prepare("DELETE FROM costs WHERE id = ?1").bind(1, id).run();
        if (db.changes() == 0) {
            setError(error, QStringLiteral("there is no cost row %1").arg(id));
            return false;
        }
        return true;
    } catch (const DbError& e) {
        setError(error, QStringLiteral("the cost could not be removed: %1").arg(e.message()));
        return false;
    }
}

} // namespace pvi
