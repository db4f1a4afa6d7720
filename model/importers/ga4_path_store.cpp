#include "importers/ga4_path_store.h"

#include "importers/import_context.h"
#include "store/database.h"
#include "store/statement.h"

namespace pvi {

void storeGa4Path(ImportContext& context, const Ga4PathRecord& r) {
    Database& db = context.db();
    Statement exists =
        db.prepare("SELECT count(*) FROM ga4_conversion_paths WHERE dimension = ?1 AND "
                   "date_from = ?2 AND date_to = ?3 AND path = ?4");
    exists.bind(1, r.dimension).bind(2, r.dateFrom).bind(3, r.dateTo).bind(4, r.path);
    const bool known = exists.step() && exists.columnInt64(0) > 0;
    Statement insert = db.prepare(
        "INSERT INTO ga4_conversion_paths(batch_id, dimension, date_from, date_to, path, "
        "conversions, revenue, days_to_conversion, touchpoints) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (dimension, date_from, date_to, path) DO UPDATE SET "
        "batch_id = excluded.batch_id, conversions = excluded.conversions, "
        "revenue = excluded.revenue, days_to_conversion = excluded.days_to_conversion, "
        "touchpoints = excluded.touchpoints");
    insert.bind(1, context.batchId())
        .bind(2, r.dimension)
        .bind(3, r.dateFrom)
        .bind(4, r.dateTo)
        .bind(5, r.path)
        .bind(6, r.conversions)
        .bind(7, r.revenue)
        .bind(8, r.daysToConversion)
        .bind(9, r.touchpoints);
    insert.run();
    ++(known ? context.report().recordsUpdated : context.report().recordsAdded);
}

} // namespace pvi
