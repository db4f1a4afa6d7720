#include "importers/generic_orders_importer.h"

#include "importers/field_reader.h"
#include "importers/import_context.h"
#include "importers/order_status.h"

#include <QCoreApplication>

namespace pvi {

namespace {

using Need = FieldReader::Need;

/// An optional mapped value: empty is fine, anything unreadable rejects the file.
std::optional<double> strictMoney(const FieldReader& f, const ColumnRef& column) {
    return f.text(column).isEmpty() ? std::nullopt : f.money(column, Need::Required);
}

} // namespace

GenericOrdersImporter::GenericOrdersImporter(ColumnMapping mapping)
    : m_mapping(std::move(mapping)) {}

const ImporterSpec& GenericOrdersImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("generic-orders"),
        QStringLiteral("Orders CSV with mapped columns"),
        QString(),
        {},
        {},
        {QStringLiteral("any columns, mapped to order id, email, created at and total with "
                        "--map")},
        ImportRecords::Orders,
    };
    return spec;
}

void GenericOrdersImporter::begin(ImportContext& context, const HeaderMap& h) {
    auto c = [&](const char* field) {
        const QString column = m_mapping.value(QString::fromLatin1(field)).trimmed();
        return column.isEmpty() ? ColumnRef{-1, column} : h.column(column);
    };
    m_col = {c("order_id"),         c("email"),         c("created_at"),      c("total"),
             c("subtotal"),         c("discount_code"), c("discount_amount"), c("tags"),
             c("financial_status"), c("cancelled_at"),  c("refunded_amount"), c("currency"),
             c("product"),          c("quantity"),      c("price"),           c("landing_site"),
             c("referring_site"),   c("utm_source"),    c("utm_medium"),      c("utm_campaign")};
    m_hasLines = m_col.product.present() || m_col.quantity.present() || m_col.price.present();
    beginOrders(context, h, m_col.orderId, m_col.email);
}

bool GenericOrdersImporter::readLines(ImportContext& context, const std::vector<CsvRow>& rows,
                                      OrderRecord& order) const {
    bool ok = true;
    for (const CsvRow& row : rows) {
        FieldReader f(context, row);
        OrderLineRecord line;
        line.lineNo = static_cast<int>(order.lines.size()) + 1;
        line.name = f.text(m_col.product);
        line.quantity = 1;
        if (!f.text(m_col.quantity).isEmpty()) {
            const auto quantity = f.integer(m_col.quantity, Need::Required);
            ok = ok && quantity.has_value();
            line.quantity = static_cast<int>(quantity.value_or(0));
        }
        line.price = strictMoney(f, m_col.price);
        ok = ok && (line.price || f.text(m_col.price).isEmpty());
        order.lines.push_back(std::move(line));
    }
    return ok;
}

bool GenericOrdersImporter::readOrder(ImportContext& context, const std::vector<CsvRow>& rows,
                                      OrderRecord& order) {
    const CsvRow& head = rows.front();
    FieldReader f(context, head);
    order.source = spec().id;
    order.orderKey = f.text(m_col.orderId);
    order.name = order.orderKey;
    const auto created = f.timestamp(m_col.createdAt, Need::Required);
    if (m_col.total.present())
        order.total = f.money(m_col.total, Need::Required);
    if (m_hasLines && !readLines(context, rows, order))
        return false;
    if (!created || (m_col.total.present() && !order.total))
        return false;
    if (!m_col.total.present()) {
        double sum = 0;
        for (const OrderLineRecord& line : order.lines)
            sum += line.quantity * line.price.value_or(0.0);
        order.total = sum;
    }
    order.createdAt = created->iso;
    order.orderDate = created->iso.left(10);
    order.subtotal = strictMoney(f, m_col.subtotal);
    order.discountCode = f.text(m_col.discountCode);
    order.discountAmount = strictMoney(f, m_col.discountAmount);
    order.tags = f.text(m_col.tags);
    const QString status = f.text(m_col.financialStatus);
    order.financialStatus = knownFinancialStatus(status);
    if (!status.isEmpty() && order.financialStatus.isEmpty()) {
        order.financialStatus = status.toLower();
        context.warning(
            head.line, m_col.financialStatus.index + 1, QStringLiteral("unknown-status"),
            QCoreApplication::translate("pvi::ImportText",
                                        "%1 '%2' is not a status PVI Studio knows (paid, pending, "
                                        "refunded, voided or a WooCommerce status); the order is "
                                        "kept as valid")
                .arg(m_col.financialStatus.name, status));
    }
    if (!f.text(m_col.cancelledAt).isEmpty()) {
        const auto cancelled = f.timestamp(m_col.cancelledAt, Need::Required);
        if (!cancelled)
            return false;
        order.cancelledAt = cancelled->iso;
    }
    order.refunded = strictMoney(f, m_col.refunded).value_or(0.0);
    order.currency = f.text(m_col.currency);
    order.landingSite = f.text(m_col.landingSite);
    order.referringSite = f.text(m_col.referringSite);
    order.utmSource = f.text(m_col.utmSource);
    order.utmMedium = f.text(m_col.utmMedium);
    order.utmCampaign = f.text(m_col.utmCampaign);
    attachCustomer(context, f.text(m_col.email), head.line, order);
    settleOrder(order);
    return !context.hasErrors();
}

} // namespace pvi
