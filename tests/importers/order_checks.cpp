#include "order_checks.h"

#include "io/csv_reader.h"
#include "store/statement.h"

#include <cmath>

namespace pvi::test {

StoredOrder storedOrder(Database& db, const QString& source, const QString& key) {
    Statement stmt = db.prepare(
        "SELECT o.name, coalesce(c.email, ''), o.created_at, o.order_date, "
        "coalesce(o.financial_status, ''), coalesce(o.currency, ''), "
        "coalesce(o.discount_code, ''), coalesce(o.channel, ''), coalesce(o.landing_site, ''), "
        "coalesce(o.referring_site, ''), coalesce(o.utm_source, ''), coalesce(o.utm_medium, ''), "
        "coalesce(o.utm_campaign, ''), o.subtotal, o.total, o.discount_amount, o.refunded, "
        "o.net_revenue, o.is_valid, (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id), "
        "(SELECT coalesce(sum(quantity), 0) FROM order_lines l WHERE l.order_id = o.id) "
        "FROM orders o LEFT JOIN customers c ON c.id = o.customer_id "
        "WHERE o.source = ?1 AND o.order_key = ?2");
    stmt.bind(1, source).bind(2, key);
    StoredOrder o;
    if (!stmt.step())
        return o;
    o.found = true;
    QString* texts[] = {
        &o.name,      &o.email,        &o.createdAt,  &o.orderDate,   &o.financialStatus,
        &o.currency,  &o.discountCode, &o.channel,    &o.landingSite, &o.referringSite,
        &o.utmSource, &o.utmMedium,    &o.utmCampaign};
    int column = 0;
    for (QString* text : texts)
        *text = stmt.columnText(column++);
    o.subtotal = stmt.columnOptionalDouble(13);
    o.total = stmt.columnOptionalDouble(14);
    o.discountAmount = stmt.columnOptionalDouble(15);
    o.refunded = stmt.columnDouble(16);
    o.netRevenue = stmt.columnDouble(17);
    o.isValid = stmt.columnInt64(18) != 0;
    o.lines = stmt.columnInt(19);
    o.quantity = stmt.columnInt(20);
    return o;
}

double validNetRevenue(Database& db) {
    Statement stmt =
        db.prepare("SELECT coalesce(sum(net_revenue), 0) FROM orders WHERE is_valid = 1");
    return stmt.step() ? stmt.columnDouble(0) : 0.0;
}

QStringList headerOf(const QString& path) {
    CsvReader reader;
    CsvRow row;
    if (!reader.open(path) || !reader.readRow(row))
        return {};
    return row.fields;
}

bool sameAmount(double actual, double expected) {
    return std::fabs(actual - expected) <= 1e-9;
}

} // namespace pvi::test
