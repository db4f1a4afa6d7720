#include "importers/webtoffee_orders_importer.h"

#include "importers/field_reader.h"
#include "importers/import_context.h"
#include "importers/order_status.h"
#include "io/value_parsers.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace pvi {

namespace {

/// The `key:value` pairs of a packed cell such as "name:Hoodie|sku:H-1|quantity:2"; several
/// items (coupons, refunds) are separated by ';' or '||'.
QList<QHash<QString, QString>> packedItems(const QString& cell) {
    static const QRegularExpression items(QStringLiteral(";|\\|\\|"));
    QList<QHash<QString, QString>> result;
    for (const QString& item : cell.split(items, Qt::SkipEmptyParts)) {
        QHash<QString, QString> pairs;
        for (const QString& pair : item.split(u'|', Qt::SkipEmptyParts)) {
            const qsizetype colon = pair.indexOf(u':');
            if (colon > 0)
                pairs.insert(pair.left(colon).trimmed().toLower(), pair.mid(colon + 1).trimmed());
        }
        if (!pairs.isEmpty())
            result.append(pairs);
    }
    return result;
}

std::optional<double> number(const QString& text) {
    const ParsedNumber parsed = parseNumber(text);
    if (parsed.status == ParsedNumber::Status::Ok && std::isfinite(parsed.value))
        return parsed.value;
    return std::nullopt;
}

} // namespace

const ImporterSpec& WebToffeeOrdersImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("webtoffee-orders"),
        QStringLiteral("WebToffee Order Export (WooCommerce)"),
        QStringLiteral("order_id"),
        {{QStringLiteral("order_id"), QStringLiteral("order_number"), QStringLiteral("order_date"),
          QStringLiteral("line_item_1")}},
        {{QStringLiteral("order_id"), QStringLiteral("order_number")},
         {QStringLiteral("order_date")},
         {QStringLiteral("order_total")}},
        {QStringLiteral("order_id"), QStringLiteral("order_number"), QStringLiteral("order_date"),
         QStringLiteral("order_total"), QStringLiteral("line_item_1")},
        ImportRecords::Orders,
    };
    return spec;
}

void WebToffeeOrdersImporter::begin(ImportContext& context, const HeaderMap& h) {
    auto c = [&h](const char* name) { return h.column(QString::fromLatin1(name)); };
    m_col = {c("order_id"),      c("order_number"), c("customer_email"),
             c("billing_email"), c("coupon_items"), c("refund_items")};
    m_order = {c("order_date"),      c("status"),         c("order_total"), c("order_subtotal"),
               c("discount_total"),  c("shipping_total"), c("tax_total"),   c("order_currency"),
               c("billing_country"), c("billing_state")};
    m_lineItems.clear();
    for (int n = 1;; ++n) {
        const ColumnRef item = h.column(QStringLiteral("line_item_%1").arg(n));
        if (!item.present())
            break;
        m_lineItems.push_back(item);
    }
    m_attribution = OrderAttributionColumns::find(h);
    beginOrders(context, h, m_col.id.present() ? m_col.id : m_col.number,
                m_col.customerEmail.present() ? m_col.customerEmail : m_col.billingEmail);
}

void WebToffeeOrdersImporter::readLines(ImportContext& context, const CsvRow& row,
                                        OrderRecord& order) const {
    FieldReader f(context, row);
    for (const ColumnRef& column : m_lineItems) {
        const QString cell = f.text(column);
        if (cell.isEmpty())
            continue;
        const QList<QHash<QString, QString>> items = packedItems(cell);
        const QHash<QString, QString> item = items.value(0);
        const std::optional<double> quantity = number(item.value(QStringLiteral("quantity")));
        const std::optional<double> subTotal = number(item.value(QStringLiteral("sub_total")));
        const std::optional<double> total = number(item.value(QStringLiteral("total")));
        if (items.isEmpty() || !quantity) {
            context.warning(
                row.line, column.index + 1, QStringLiteral("bad-line-item"),
                QCoreApplication::translate("pvi::ImportText",
                                            "%1 '%2' cannot be read; expected name:…|quantity:…|"
                                            "total:… (line item left out)")
                    .arg(column.name, cell));
            continue;
        }
        OrderLineRecord line;
        line.lineNo = static_cast<int>(order.lines.size()) + 1;
        line.name = item.value(QStringLiteral("name"));
        line.sku = item.value(QStringLiteral("sku"));
        line.quantity = static_cast<int>(*quantity);
        const std::optional<double> before = subTotal ? subTotal : total;
        if (before && *quantity > 0)
            line.price = *before / *quantity;
        if (subTotal && total)
            line.discount = *subTotal - *total;
        order.lines.push_back(std::move(line));
    }
}

bool WebToffeeOrdersImporter::readOrder(ImportContext& context, const std::vector<CsvRow>& rows,
                                        OrderRecord& order) {
    const CsvRow& row = rows.front();
    warnIfRepeated(context, rows);
    FieldReader f(context, row);
    order.source = spec().id;
    order.orderKey = f.text(m_col.id.present() ? m_col.id : m_col.number);
    order.name = m_col.number.present() ? f.text(m_col.number) : order.orderKey;
    if (!m_order.read(context, f, row.line, order))
        return false;

    QStringList codes;
    for (const auto& coupon : packedItems(f.text(m_col.coupons))) {
        const QString code = coupon.value(QStringLiteral("code"));
        if (!code.isEmpty())
            codes.append(code);
    }
    order.discountCode = codes.join(QStringLiteral(", "));
    order.refunded = 0;
    for (const auto& refund : packedItems(f.text(m_col.refunds)))
        order.refunded += std::fabs(number(refund.value(QStringLiteral("amount"))).value_or(0.0));

    QString email = f.text(m_col.customerEmail);
    if (email.isEmpty())
        email = f.text(m_col.billingEmail);
    attachCustomer(context, email, row.line, order);
    m_attribution.read(f, order);
    readLines(context, row, order);
    settleOrder(order);
    return true;
}

} // namespace pvi
