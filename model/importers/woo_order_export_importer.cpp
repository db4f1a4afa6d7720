#include "importers/woo_order_export_importer.h"

#include "importers/field_reader.h"
#include "importers/header_map.h"
#include "importers/import_context.h"
#include "importers/order_status.h"

namespace pvi {

namespace {

using Need = FieldReader::Need;

} // namespace

const ImporterSpec& WooOrderExportImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("woocommerce-order-export"),
        QStringLiteral("Advanced Order Export For WooCommerce"),
        QString(),
        {columnNames({"Order Number", "Order Date", "Email (Billing)"}),
         columnNames({"Order Number", "Order Status", "First Name (Billing)"})},
        {columnNames({"Order Number"}), columnNames({"Order Date"}),
         columnNames({"Order Total Amount"})},
        columnNames({"Order Number", "Order Date", "Email (Billing)", "Order Total Amount"}),
        ImportRecords::Orders,
    };
    return spec;
}

void WooOrderExportImporter::begin(ImportContext& context, const HeaderMap& h) {
    auto c = [&h](std::initializer_list<const char*> list) { return h.firstOf(columnNames(list)); };
    m_col = {c({"Order Number"}),
             c({"Email (Billing)", "Customer Email"}),
             c({"Order Refund Amount"}),
             c({"Coupon Code"}),
             c({"Item Name", "Name", "Product Name"}),
             c({"SKU"}),
             c({"Quantity", "Quantity (- Refund)"}),
             c({"Item Cost"})};
    m_order = {c({"Order Date"}),
               c({"Order Status"}),
               c({"Order Total Amount"}),
               c({"Order Subtotal Amount"}),
               c({"Cart Discount Amount"}),
               c({"Order Shipping Amount"}),
               c({"Order Total Tax Amount", "Order Tax Amount"}),
               c({"Currency", "Order Currency"}),
               c({"Country Code (Billing)"}),
               c({"State Code (Billing)"})};
    m_attribution = OrderAttributionColumns::find(h);
    beginOrders(context, h, m_col.number, m_col.email);
}

bool WooOrderExportImporter::readOrder(ImportContext& context, const std::vector<CsvRow>& rows,
                                       OrderRecord& order) {
    // The order's values are read from its first row (later rows repeat them).
    const CsvRow& head = rows.front();
    FieldReader f(context, head);
    order.source = spec().id;
    order.orderKey = f.text(m_col.number);
    order.name = order.orderKey;
    if (!m_order.read(context, f, head.line, order))
        return false;
    order.refunded = f.money(m_col.refund, Need::Optional).value_or(0.0);
    m_attribution.read(f, order);
    attachCustomer(context, f.text(m_col.email), head.line, order);

    QStringList coupons;
    for (const CsvRow& row : rows) {
        FieldReader r(context, row);
        const QString code = r.text(m_col.couponCode);
        if (!code.isEmpty() && !coupons.contains(code))
            coupons.append(code);
        const QString name = r.text(m_col.itemName);
        if (name.isEmpty() && r.text(m_col.sku).isEmpty())
            continue; // a coupon row
        OrderLineRecord line;
        line.lineNo = static_cast<int>(order.lines.size()) + 1;
        line.name = name;
        line.sku = r.text(m_col.sku);
        line.quantity = static_cast<int>(r.integer(m_col.quantity, Need::Optional).value_or(1));
        line.price = r.money(m_col.itemCost, Need::Optional);
        order.lines.push_back(std::move(line));
    }
    order.discountCode = coupons.join(QStringLiteral(", "));
    settleOrder(order);
    return true;
}

} // namespace pvi
