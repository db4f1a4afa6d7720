#include "importers/order_status.h"

#include "importers/order_record.h"

#include <QHash>

#include <algorithm>

namespace pvi {

QString wooFinancialStatus(const QString& status) {
    static const QHash<QString, QString> statuses = {
        {QStringLiteral("completed"), QStringLiteral("paid")},
        {QStringLiteral("processing"), QStringLiteral("paid")},
        {QStringLiteral("pending"), QStringLiteral("pending")},
        {QStringLiteral("pendingpayment"), QStringLiteral("pending")},
        {QStringLiteral("onhold"), QStringLiteral("pending")},
        {QStringLiteral("checkoutdraft"), QStringLiteral("pending")},
        {QStringLiteral("draft"), QStringLiteral("pending")},
        {QStringLiteral("refunded"), QStringLiteral("refunded")},
        {QStringLiteral("cancelled"), QStringLiteral("voided")},
        {QStringLiteral("canceled"), QStringLiteral("voided")},
        {QStringLiteral("failed"), QStringLiteral("voided")},
    };
    QString key = status.trimmed().toLower();
    if (key.startsWith(u"wc-"))
        key.remove(0, 3);
    key.remove(u'-');
    key.remove(u' ');
    key.remove(u'_');
    return statuses.value(key);
}

QString knownFinancialStatus(const QString& status) {
    static const QStringList shopify = {
        QStringLiteral("paid"),
        QStringLiteral("pending"),
        QStringLiteral("authorized"),
        QStringLiteral("partially_paid"),
        QStringLiteral("partially_refunded"),
        QStringLiteral("refunded"),
        QStringLiteral("voided"),
    };
    const QString lower = status.trimmed().toLower();
    if (shopify.contains(lower))
        return lower;
    return wooFinancialStatus(lower);
}

void settleOrder(OrderRecord& order) {
    const double gross = order.total.value_or(order.subtotal.value_or(0.0));
    const bool fullyRefunded =
        order.financialStatus == u"refunded" || (order.refunded > 0 && order.refunded >= gross);
    order.isValid =
        order.cancelledAt.isEmpty() && order.financialStatus != u"voided" && !fullyRefunded;
    const double merchandise = order.subtotal ? *order.subtotal : order.total.value_or(0.0);
    order.netRevenue = std::max(0.0, merchandise - order.refunded);
}

} // namespace pvi
