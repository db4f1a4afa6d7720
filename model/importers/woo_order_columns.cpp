#include "importers/woo_order_columns.h"

#include "importers/field_reader.h"
#include "importers/import_context.h"
#include "importers/order_record.h"
#include "importers/order_status.h"

#include <QCoreApplication>

namespace pvi {

using Need = FieldReader::Need;

bool WooOrderColumns::read(ImportContext& context, const FieldReader& f, qint64 line,
                           OrderRecord& order) const {
    const auto created = f.timestamp(date, Need::Required);
    order.total = f.money(total, Need::Required);
    if (!created || !order.total)
        return false;
    order.createdAt = created->iso;
    order.orderDate = created->iso.left(10);
    readWooStatus(context, f, status, line, order);
    order.currency = f.text(currency);
    order.discountAmount = f.money(discount, Need::Optional);
    const auto before = f.money(subtotal, Need::Optional);
    if (before)
        order.subtotal = *before - order.discountAmount.value_or(0.0);
    order.shipping = f.money(shipping, Need::Optional);
    order.taxes = f.money(tax, Need::Optional);
    order.billingCountry = f.text(country);
    order.billingProvince = f.text(state);
    return true;
}

void readWooStatus(ImportContext& context, const FieldReader& f, const ColumnRef& status,
                   qint64 line, OrderRecord& order) {
    const QString text = f.text(status);
    order.financialStatus = wooFinancialStatus(text);
    if (!text.isEmpty() && order.financialStatus.isEmpty())
        context.warning(
            line, status.index + 1, QStringLiteral("unknown-status"),
            QCoreApplication::translate("pvi::ImportText",
                                        "%1 '%2' is not a WooCommerce order status; the order is "
                                        "kept as valid")
                .arg(status.name, text));
}

} // namespace pvi
