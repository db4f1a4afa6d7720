#include "importers/shopify_orders_importer.h"

#include "importers/field_reader.h"
#include "importers/import_context.h"
#include "importers/order_status.h"
#include "io/value_parsers.h"

#include <QCoreApplication>

#include <algorithm>

namespace pvi {

namespace {

using Need = FieldReader::Need;

const QStringList kKnownStatuses = {
    QStringLiteral("paid"),
    QStringLiteral("pending"),
    QStringLiteral("authorized"),
    QStringLiteral("partially_paid"),
    QStringLiteral("partially_refunded"),
    QStringLiteral("refunded"),
    QStringLiteral("voided"),
};

} // namespace

const ImporterSpec& ShopifyOrdersImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("shopify-orders"),
        QStringLiteral("Shopify orders export"),
        QStringLiteral("Name"),
        {{QStringLiteral("Lineitem quantity")}, {QStringLiteral("Financial Status")}},
        {{QStringLiteral("Name")},
         {QStringLiteral("Created at")},
         {QStringLiteral("Total"), QStringLiteral("Subtotal")}},
        {QStringLiteral("Name"), QStringLiteral("Created at"), QStringLiteral("Total"),
         QStringLiteral("Lineitem quantity")},
        ImportRecords::Orders,
    };
    return spec;
}

void ShopifyOrdersImporter::begin(ImportContext& context, const HeaderMap& h) {
    auto c = [&h](const char* name) { return h.column(QString::fromLatin1(name)); };
    m_col = {c("Name"),
             c("Email"),
             c("Financial Status"),
             c("Created at"),
             c("Currency"),
             c("Subtotal"),
             c("Shipping"),
             c("Taxes"),
             c("Total"),
             c("Discount Code"),
             c("Discount Amount"),
             c("Accepts Marketing"),
             c("Cancelled at"),
             c("Refunded Amount"),
             c("Id"),
             c("Tags"),
             c("Source"),
             c("Billing Country"),
             c("Billing Province"),
             c("Lineitem quantity"),
             c("Lineitem name"),
             c("Lineitem price"),
             c("Lineitem compare at price"),
             c("Lineitem sku"),
             c("Vendor"),
             c("Lineitem discount")};
    m_hasLines = m_col.quantity.present() || m_col.lineName.present() || m_col.price.present();
    m_store = std::make_unique<OrderStore>(context.db(), context.batchId());
    const QString title = h.names().size() >= 79 ? QStringLiteral(" (2025 layout)")
                          : h.names().size() >= 75
                              ? QStringLiteral(" (2021 layout)")
                              : QStringLiteral(" (trimmed, %1 columns)").arg(h.names().size());
    context.report().sourceTitle = spec().title + title;
}

bool ShopifyOrdersImporter::hasStatus(const CsvRow& row) const {
    return m_col.financialStatus.present() &&
           !row.value(m_col.financialStatus.index).trimmed().isEmpty();
}

void ShopifyOrdersImporter::addRow(ImportContext& context, const CsvRow& row) {
    const QString name = row.value(m_col.name.index).trimmed();
    if (name.isEmpty()) {
        context.error(
            row.line, m_col.name.index + 1, QStringLiteral("missing-value"),
            QCoreApplication::translate("pvi::ImportText",
                                        "Name is empty: every row of an orders export names its "
                                        "order (e.g. #1001)"));
        return;
    }
    const bool status = hasStatus(row);
    // A new Name, or a second order row under the same Name, starts the next order.
    if (m_inGroup && (name != m_groupName || (status && m_haveHead)))
        flush(context);
    const bool first = !m_inGroup;
    if (first) {
        m_inGroup = true;
        m_groupName = name;
        m_haveHead = false;
        m_headRead = false;
        m_order.lines.clear();
    }
    // Without a Financial Status column (a trimmed file) the order's first row is its head.
    const bool head = m_col.financialStatus.present() ? status : !m_haveHead;
    if (head && !m_haveHead) {
        // The order row is read as it comes (the reader reuses the row's storage afterwards).
        m_haveHead = true;
        m_headRead = true;
        m_headOk = readHead(context, row, m_order);
    } else if (first) {
        m_head.copyFrom(row); // the fallback when the order has no order row
    }
    if (m_hasLines)
        readLine(context, row);
}

void ShopifyOrdersImporter::readLine(ImportContext& context, const CsvRow& row) {
    FieldReader f(context, row);
    OrderLineRecord line;
    line.lineNo = static_cast<int>(m_order.lines.size()) + 1;
    const auto quantity = f.integer(m_col.quantity, Need::Optional);
    line.quantity = quantity ? static_cast<int>(*quantity) : 1;
    line.name = f.text(m_col.lineName);
    line.sku = f.text(m_col.sku);
    line.price = f.money(m_col.price, Need::Optional);
    line.compareAtPrice = f.money(m_col.compareAt, Need::Optional);
    line.discount = f.money(m_col.lineDiscount, Need::Optional);
    line.vendor = f.text(m_col.vendor);
    m_order.lines.push_back(std::move(line));
}

bool ShopifyOrdersImporter::readHead(ImportContext& context, const CsvRow& row,
                                     OrderRecord& order) {
    FieldReader f(context, row);
    order.source = spec().id;
    order.name = f.text(m_col.name);
    const QString id = f.text(m_col.id);
    order.orderKey = id.isEmpty() ? order.name : id;

    const auto created = f.timestamp(m_col.createdAt, Need::Required);
    // Subtotal and Total: whichever the file has is required on the order's row.
    order.subtotal =
        m_col.subtotal.present() ? f.money(m_col.subtotal, Need::Required) : std::nullopt;
    order.total = m_col.total.present() ? f.money(m_col.total, Need::Required) : std::nullopt;
    if (!created || (m_col.subtotal.present() && !order.subtotal) ||
        (m_col.total.present() && !order.total))
        return false;
    order.createdAt = created->iso;
    order.orderDate = created->iso.left(10); // the written (shop-local) date

    const QString email = normalizeEmail(f.text(m_col.email));
    order.customerId = context.customers().byEmail(email);
    if (email.isEmpty() && m_ordersWithoutEmail++ == 0)
        m_firstLineWithoutEmail = row.line;

    order.financialStatus = f.text(m_col.financialStatus).toLower();
    if (!order.financialStatus.isEmpty() && !kKnownStatuses.contains(order.financialStatus))
        context.warning(
            row.line, m_col.financialStatus.index + 1, QStringLiteral("unknown-status"),
            QCoreApplication::translate("pvi::ImportText",
                                        "Financial Status '%1' is not one Shopify writes (%2); "
                                        "the order is kept")
                .arg(order.financialStatus, kKnownStatuses.join(u", ")));
    order.cancelledAt.clear();
    if (!f.text(m_col.cancelledAt).isEmpty()) {
        const auto cancelled = f.timestamp(m_col.cancelledAt, Need::Optional);
        order.cancelledAt = cancelled ? cancelled->iso : f.text(m_col.cancelledAt);
    }
    order.currency = f.text(m_col.currency);
    order.shipping = f.money(m_col.shipping, Need::Optional);
    order.taxes = f.money(m_col.taxes, Need::Optional);
    order.refunded = f.money(m_col.refunded, Need::Optional).value_or(0.0);
    order.discountCode = f.text(m_col.discountCode);
    order.discountAmount = f.money(m_col.discountAmount, Need::Optional);
    order.tags = f.text(m_col.tags);
    order.acceptsMarketing = f.flag(m_col.acceptsMarketing);
    order.billingCountry = f.text(m_col.billingCountry);
    order.billingProvince = f.text(m_col.billingProvince);
    order.channel = f.text(m_col.source);

    settleOrder(order);
    return true;
}

void ShopifyOrdersImporter::flush(ImportContext& context) {
    if (!m_inGroup)
        return;
    m_inGroup = false;
    if (!m_haveHead && m_col.financialStatus.present())
        context.warning(m_head.line, m_col.financialStatus.index + 1,
                        QStringLiteral("no-order-row"),
                        QCoreApplication::translate(
                            "pvi::ImportText", "order %1 has no row with a Financial Status; its "
                                               "order-level values are read from its first row")
                            .arg(m_groupName));
    if (!m_headRead)
        m_headOk = readHead(context, m_head, m_order);
    if (!m_headOk || context.hasErrors())
        return;
    countOutcome(context.report(), m_order, m_store->save(m_order));
}

void ShopifyOrdersImporter::finish(ImportContext& context) {
    flush(context);
    if (m_ordersWithoutEmail > 0)
        context.warning(
            m_firstLineWithoutEmail, m_col.email.index + 1, QStringLiteral("no-email"),
            QCoreApplication::translate("pvi::ImportText",
                                        "%1 order(s) have no Email (the first on this line): they "
                                        "count in revenue and order PVIs but belong to no customer")
                .arg(m_ordersWithoutEmail));
}

} // namespace pvi
