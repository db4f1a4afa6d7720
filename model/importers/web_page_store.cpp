#include "importers/web_page_store.h"

#include "importers/header_map.h"
#include "importers/import_context.h"
#include "io/value_parsers.h"
#include "store/database.h"
#include "store/statement.h"

#include <QCoreApplication>

#include <cmath>

namespace pvi {

namespace {

template <typename T> void bindOptional(Statement& stmt, int index, const std::optional<T>& v) {
    if (v)
        stmt.bind(index, *v);
    else
        stmt.bindNull(index);
}

void badValue(ImportContext& context, qint64 line, const ColumnRef& column, const QString& value,
              const QString& expected) {
    context.error(
        line, column.index + 1, QStringLiteral("bad-number"),
        QStringLiteral("column '%1' holds '%2', expected %3").arg(column.name, value, expected));
}

} // namespace

void storeWebPage(ImportContext& context, const WebPageRecord& r) {
    Database& db = context.db();
    Statement exists = db.prepare("SELECT count(*) FROM web_pages WHERE platform = ?1 AND "
                                  "date_from = ?2 AND date_to = ?3 AND page = ?4 AND variant = ''");
    exists.bind(1, r.platform).bind(2, r.dateFrom).bind(3, r.dateTo).bind(4, r.page);
    const bool known = exists.step() && exists.columnInt64(0) > 0;
    Statement insert = db.prepare(
        "INSERT INTO web_pages(batch_id, platform, date_from, date_to, page, sessions, "
        "engaged_sessions, bounces, engagement_seconds, page_views, conversions, revenue, "
        "impressions, clicks) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
        "ON CONFLICT (platform, date_from, date_to, page, variant) DO UPDATE SET "
        "batch_id = excluded.batch_id, sessions = excluded.sessions, "
        "engaged_sessions = excluded.engaged_sessions, bounces = excluded.bounces, "
        "engagement_seconds = excluded.engagement_seconds, page_views = excluded.page_views, "
        "conversions = excluded.conversions, revenue = excluded.revenue, "
        "impressions = excluded.impressions, clicks = excluded.clicks");
    insert.bind(1, context.batchId())
        .bind(2, r.platform)
        .bind(3, r.dateFrom)
        .bind(4, r.dateTo)
        .bind(5, r.page)
        .bind(6, r.sessions);
    bindOptional(insert, 7, r.engagedSessions);
    bindOptional(insert, 8, r.bounces);
    bindOptional(insert, 9, r.engagementSeconds);
    bindOptional(insert, 10, r.pageViews);
    bindOptional(insert, 11, r.conversions);
    bindOptional(insert, 12, r.revenue);
    bindOptional(insert, 13, r.impressions);
    bindOptional(insert, 14, r.clicks);
    insert.run();
    ++(known ? context.report().recordsUpdated : context.report().recordsAdded);
}

std::optional<double> readWebRate(ImportContext& context, qint64 line, const ColumnRef& column,
                                  const QString& value) {
    QString text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const bool percent = text.endsWith(u'%');
    if (percent)
        text.chop(1);
    const ParsedNumber parsed = parseNumber(text);
    if (!parsed.ok() || !std::isfinite(parsed.value)) {
        badValue(context, line, column, value,
                 QCoreApplication::translate("pvi::ImportText", "a rate such as 0.0118 or 12.14%"));
        return std::nullopt;
    }
    return percent ? parsed.value / 100.0 : parsed.value;
}

std::optional<double> readWebSeconds(ImportContext& context, qint64 line, const ColumnRef& column,
                                     const QString& value) {
    const QString text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QStringList parts = text.split(u':');
    double seconds = 0;
    bool ok = parts.size() <= 3;
    for (const QString& part : parts) {
        const ParsedNumber parsed = parseNumber(part);
        ok = ok && parsed.ok() && std::isfinite(parsed.value) && parsed.value >= 0;
        seconds = seconds * 60 + parsed.value;
    }
    if (!ok) {
        badValue(context, line, column, value,
                 QCoreApplication::translate("pvi::ImportText",
                                             "a duration in seconds (19.05) or as HH:MM:SS"));
        return std::nullopt;
    }
    return seconds;
}

std::optional<double> perSessionTotal(std::optional<double> perSession, double sessions) {
    return perSession ? std::optional<double>(*perSession * sessions) : std::nullopt;
}

} // namespace pvi
