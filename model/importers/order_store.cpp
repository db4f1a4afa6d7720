#include "importers/order_store.h"

#include "importers/sql_values.h"
#include "store/database.h"

namespace pvi {

namespace {

// The order columns in one place: ?1 is the batch, ?2.. follow this list.
constexpr const char* kInsertOrder =
    "INSERT INTO orders(batch_id, source, order_key, name, customer_id, created_at, order_date, "
    "financial_status, cancelled_at, currency, subtotal, shipping, taxes, total, refunded, "
    "discount_code, discount_amount, tags, accepts_marketing, billing_country, billing_province, "
    "channel, is_valid, net_revenue, landing_site, referring_site, utm_source, utm_medium, "
    "utm_campaign) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
    "?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29) "
    "ON CONFLICT(source, order_key) DO NOTHING";

constexpr const char* kUpdateOrder =
    "UPDATE orders SET batch_id = ?1, source = ?2, order_key = ?3, name = ?4, customer_id = ?5, "
    "created_at = ?6, order_date = ?7, financial_status = ?8, cancelled_at = ?9, currency = ?10, "
    "subtotal = ?11, shipping = ?12, taxes = ?13, total = ?14, refunded = ?15, "
    "discount_code = ?16, discount_amount = ?17, tags = ?18, accepts_marketing = ?19, "
    "billing_country = ?20, billing_province = ?21, channel = ?22, is_valid = ?23, "
    "net_revenue = ?24, landing_site = ?25, referring_site = ?26, utm_source = ?27, "
    "utm_medium = ?28, utm_campaign = ?29 WHERE id = ?30";

constexpr const char* kSelectOrder =
    "SELECT id, name, customer_id, created_at, order_date, financial_status, cancelled_at, "
    "currency, subtotal, shipping, taxes, total, refunded, discount_code, discount_amount, tags, "
    "accepts_marketing, billing_country, billing_province, channel, is_valid, net_revenue, "
    "landing_site, referring_site, utm_source, utm_medium, utm_campaign FROM orders WHERE source = "
    "?1 AND order_key = ?2";

constexpr const char* kInsertLine =
    "INSERT INTO order_lines(order_id, line_no, quantity, name, sku, price, compare_at_price, "
    "discount, vendor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

} // namespace

OrderStore::OrderStore(Database& db, std::int64_t batchId)
    : m_db(db)
    , m_batchId(batchId)
    , m_insert(db.prepare(kInsertOrder))
    , m_insertLine(db.prepare(kInsertLine)) {}

void OrderStore::bindOrder(Statement& stmt, const OrderRecord& o) {
    stmt.bind(1, m_batchId)
        .bind(2, o.source)
        .bind(3, o.orderKey)
        .bind(4, nullIfEmpty(o.name))
        .bind(5, o.customerId ? std::optional<std::int64_t>(o.customerId) : std::nullopt)
        .bind(6, o.createdAt)
        .bind(7, o.orderDate)
        .bind(8, nullIfEmpty(o.financialStatus))
        .bind(9, nullIfEmpty(o.cancelledAt))
        .bind(10, nullIfEmpty(o.currency))
        .bind(11, o.subtotal)
        .bind(12, o.shipping)
        .bind(13, o.taxes)
        .bind(14, o.total)
        .bind(15, o.refunded)
        .bind(16, nullIfEmpty(o.discountCode))
        .bind(17, o.discountAmount)
        .bind(18, nullIfEmpty(o.tags))
        .bind(19, flagValue(o.acceptsMarketing))
        .bind(20, nullIfEmpty(o.billingCountry))
        .bind(21, nullIfEmpty(o.billingProvince))
        .bind(22, nullIfEmpty(o.channel))
        .bind(23, o.isValid)
        .bind(24, o.netRevenue)
        .bind(25, nullIfEmpty(o.landingSite))
        .bind(26, nullIfEmpty(o.referringSite))
        .bind(27, nullIfEmpty(o.utmSource))
        .bind(28, nullIfEmpty(o.utmMedium))
        .bind(29, nullIfEmpty(o.utmCampaign));
}

void OrderStore::insertLines(std::int64_t orderId, const OrderRecord& order) {
    for (const OrderLineRecord& line : order.lines) {
        m_insertLine.bind(1, orderId)
            .bind(2, line.lineNo)
            .bind(3, line.quantity)
            .bind(4, nullIfEmpty(line.name))
            .bind(5, nullIfEmpty(line.sku))
            .bind(6, line.price)
            .bind(7, line.compareAtPrice)
            .bind(8, line.discount)
            .bind(9, nullIfEmpty(line.vendor));
        m_insertLine.run();
    }
}

OrderRecord OrderStore::load(std::int64_t orderId, const OrderRecord& keyed) {
    OrderRecord o;
    o.source = keyed.source;
    o.orderKey = keyed.orderKey;
    {
        Statement stmt = m_db.prepare(kSelectOrder);
        stmt.bind(1, keyed.source).bind(2, keyed.orderKey);
        if (!stmt.step())
            return o;
        o.name = stmt.columnText(1);
        o.customerId = stmt.columnInt64(2);
        o.createdAt = stmt.columnText(3);
        o.orderDate = stmt.columnText(4);
        o.financialStatus = stmt.columnText(5);
        o.cancelledAt = stmt.columnText(6);
        o.currency = stmt.columnText(7);
        o.subtotal = stmt.columnOptionalDouble(8);
        o.shipping = stmt.columnOptionalDouble(9);
        o.taxes = stmt.columnOptionalDouble(10);
        o.total = stmt.columnOptionalDouble(11);
        o.refunded = stmt.columnDouble(12);
        o.discountCode = stmt.columnText(13);
        o.discountAmount = stmt.columnOptionalDouble(14);
        o.tags = stmt.columnText(15);
        if (!stmt.isNull(16))
            o.acceptsMarketing = stmt.columnInt64(16) != 0;
        o.billingCountry = stmt.columnText(17);
        o.billingProvince = stmt.columnText(18);
        o.channel = stmt.columnText(19);
        o.isValid = stmt.columnInt64(20) != 0;
        o.netRevenue = stmt.columnDouble(21);
        o.landingSite = stmt.columnText(22);
        o.referringSite = stmt.columnText(23);
        o.utmSource = stmt.columnText(24);
        o.utmMedium = stmt.columnText(25);
        o.utmCampaign = stmt.columnText(26);
    }
    Statement lines =
        m_db.prepare("SELECT line_no, quantity, name, sku, price, compare_at_price, discount, "
                     "vendor FROM order_lines WHERE order_id = ?1 ORDER BY line_no");
    lines.bind(1, orderId);
    while (lines.step()) {
        OrderLineRecord line;
        line.lineNo = lines.columnInt(0);
        line.quantity = lines.columnInt(1);
        line.name = lines.columnText(2);
        line.sku = lines.columnText(3);
        line.price = lines.columnOptionalDouble(4);
        line.compareAtPrice = lines.columnOptionalDouble(5);
        line.discount = lines.columnOptionalDouble(6);
        line.vendor = lines.columnText(7);
        o.lines.push_back(line);
    }
    return o;
}

OrderStore::Outcome OrderStore::save(const OrderRecord& order) {
    bindOrder(m_insert, order);
    m_insert.run();
    if (m_db.changes() == 1) {
        insertLines(m_db.lastInsertRowId(), order);
        return Outcome::Added;
    }
    std::int64_t id = 0;
    {
        Statement stmt = m_db.prepare("SELECT id FROM orders WHERE source = ?1 AND order_key = ?2");
        stmt.bind(1, order.source).bind(2, order.orderKey);
        if (stmt.step())
            id = stmt.columnInt64(0);
    }
    if (load(id, order) == order)
        return Outcome::Unchanged;
    Statement update = m_db.prepare(kUpdateOrder);
    bindOrder(update, order);
    update.bind(30, id);
    update.run();
    m_db.prepare("DELETE FROM order_lines WHERE order_id = ?1").bind(1, id).run();
    insertLines(id, order);
    return Outcome::Updated;
}

void countOutcome(ImportReport& report, const OrderRecord& order, OrderStore::Outcome outcome) {
    if (order.customerId == 0)
        ++report.guestRecords;
    switch (outcome) {
    case OrderStore::Outcome::Added:
        ++report.recordsAdded;
        break;
    case OrderStore::Outcome::Updated:
        ++report.recordsUpdated;
        break;
    case OrderStore::Outcome::Unchanged:
        ++report.recordsUnchanged;
        break;
    }
}

} // namespace pvi
