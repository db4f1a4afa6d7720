#include "importers/woo_analytics_orders_importer.h"

#include "importers/field_reader.h"
#include "importers/import_context.h"
#include "importers/order_status.h"
#include "importers/woo_order_columns.h"

#include <QRegularExpression>

namespace pvi {

namespace {

using Need = FieldReader::Need;

/// "2× Hoodie, 1× Beanie" as line items; a product name may itself hold ", " (only a piece
/// starting with "N× " starts a new item).
std::vector<OrderLineRecord> productLines(const QString& text) {
    static const QRegularExpression item(QStringLiteral("^(\\d+)\\s*[×x]\\s*(.*)$"));
    std::vector<OrderLineRecord> lines;
    for (const QString& piece : text.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = item.match(piece.trimmed());
        if (m.hasMatch() || lines.empty()) {
            OrderLineRecord line;
            line.lineNo = static_cast<int>(lines.size()) + 1;
            line.quantity = m.hasMatch() ? m.captured(1).toInt() : 1;
            line.name = m.hasMatch() ? m.captured(2).trimmed() : piece.trimmed();
            lines.push_back(line);
        } else {
            lines.back().name += QStringLiteral(", ") + piece.trimmed();
        }
    }
    return lines;
}

} // namespace

const ImporterSpec& WooAnalyticsOrdersImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("woocommerce-analytics-orders"),
        QStringLiteral("WooCommerce Analytics orders download"),
        QStringLiteral("Date"),
        {{QStringLiteral("Order #"), QStringLiteral("Net sales"), QStringLiteral("Customer type")}},
        {{QStringLiteral("Order #")}, {QStringLiteral("Date")}, {QStringLiteral("Net sales")}},
        {QStringLiteral("Date"), QStringLiteral("Order #"), QStringLiteral("Status"),
         QStringLiteral("Net sales")},
        ImportRecords::Orders,
    };
    return spec;
}

void WooAnalyticsOrdersImporter::begin(ImportContext& context, const HeaderMap& h) {
    auto c = [&h](const char* name) { return h.column(QString::fromUtf8(name)); };
    m_col = {c("Date"),       c("Order #"),   c("Status"),   c("Product(s)"),
             c("Items sold"), c("Coupon(s)"), c("Net sales")};
    m_attribution = OrderAttributionColumns::find(h);
    beginOrders(context, h, m_col.number, ColumnRef{});
    const bool current = h.contains(QStringLiteral("Attribution"));
    context.report().sourceTitle =
        spec().title + (current ? QStringLiteral(" (with attribution)") : QString());
}

bool WooAnalyticsOrdersImporter::readOrder(ImportContext& context, const std::vector<CsvRow>& rows,
                                           OrderRecord& order) {
    const CsvRow& row = rows.front();
    warnIfRepeated(context, rows);
    FieldReader f(context, row);
    order.source = spec().id;
    order.orderKey = f.text(m_col.number);
    order.name = order.orderKey;
    const auto created = f.timestamp(m_col.date, Need::Required);
    const auto net = f.money(m_col.netSales, Need::Required);
    if (!created || !net)
        return false;
    order.createdAt = created->iso;
    order.orderDate = created->iso.left(10);
    // Net sales are already net of refunds, shipping and tax: they are the order's merchandise.
    order.subtotal = net;
    order.total = net;
    readWooStatus(context, f, m_col.status, row.line, order);
    order.discountCode = f.text(m_col.coupons);
    order.lines = productLines(f.text(m_col.products));
    if (order.lines.empty()) {
        const auto items = f.integer(m_col.itemsSold, Need::Optional);
        if (items && *items > 0)
            order.lines.push_back(
                OrderLineRecord{1, static_cast<int>(*items), {}, {}, {}, {}, {}, {}});
    }
    m_attribution.read(f, order);
    attachCustomer(context, QString(), row.line, order);
    settleOrder(order);
    return true;
}

} // namespace pvi
