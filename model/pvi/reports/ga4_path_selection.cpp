#include "pvi/reports/ga4_path_selection.h"

#include "store/database.h"
#include "store/statement.h"

namespace pvi {

Ga4PathSelection selectGa4Paths(Database& db) {
    Ga4PathSelection selection;
    Statement pick = db.prepare(
        "SELECT date_from, date_to, dimension, "
        "(SELECT count(DISTINCT date_from || date_to || dimension) FROM ga4_conversion_paths) "
        "FROM ga4_conversion_paths GROUP BY date_from, date_to, dimension "
        "ORDER BY date_to DESC, date_from ASC, "
        "instr(lower(dimension), 'channel group') = 0, dimension LIMIT 1");
    if (!pick.step())
        return selection;
    const QString from = pick.columnText(0);
    const QString to = pick.columnText(1);
    const QString dimension = pick.columnText(2);
    const std::int64_t reports = pick.columnInt64(3);
    Statement rows = db.prepare("SELECT path, conversions, coalesce(revenue, 0), "
                                "days_to_conversion FROM ga4_conversion_paths WHERE "
                                "date_from = ?1 AND date_to = ?2 AND dimension = ?3 ORDER BY id");
    rows.bind(1, from).bind(2, to).bind(3, dimension);
    while (rows.step()) {
        Ga4Path path;
        path.dimension = dimension;
        path.from = QDate::fromString(from, Qt::ISODate);
        path.to = QDate::fromString(to, Qt::ISODate);
        path.path = rows.columnText(0);
        path.conversions = rows.columnDouble(1);
        path.revenue = rows.columnDouble(2);
        if (!rows.isNull(3))
            path.daysToConversion = rows.columnDouble(3);
        selection.paths.push_back(path);
    }
    selection.note = QStringLiteral("journeys from the GA4 conversion paths of %1 to %2 (%3, %4 "
                                    "paths, each weighted by its conversions)")
                         .arg(from, to, dimension)
                         .arg(selection.paths.size());
    if (reports > 1)
        selection.note +=
            QStringLiteral("; %1 other imported path report(s) left out").arg(reports - 1);
    return selection;
}

} // namespace pvi
