#pragma once

#include <QString>

namespace pvi {

struct OrderRecord;

/// The workspace's financial status (Shopify's vocabulary: paid, pending, refunded, voided) for
/// a WooCommerce order status, given as slug ("completed", "wc-on-hold") or label ("On hold",
/// "Pending payment"): completed and processing are paid; pending, on-hold and draft are
/// pending; refunded is refunded; cancelled and failed are voided. Empty for a status
/// WooCommerce does not define.
QString wooFinancialStatus(const QString& status);

/// A financial status as stored: Shopify's own statuses as they are, WooCommerce statuses
/// mapped by wooFinancialStatus(); empty for anything else.
QString knownFinancialStatus(const QString& status);

/// Sets an order's validity and net revenue from its other fields (the definitions the PVIs of
/// docs/pvi-catalogue.md rely on): valid = not cancelled, not voided, not fully refunded; net
/// revenue = subtotal (merchandise after discounts), or the total when there is no subtotal, minus
/// refunds, floored at 0.
void settleOrder(OrderRecord& order);

} // namespace pvi
