#pragma once

#include "importers/header_map.h"

namespace pvi {

class FieldReader;
class ImportContext;
struct OrderRecord;

/// The order-level columns the WooCommerce export plugins share (each under its own names) and
/// how their values become an order.
struct WooOrderColumns {
    ColumnRef date, status, total, subtotal, discount, shipping, tax, currency, country, state;

    /// Reads one row's order-level values. Date and total are required (false when either is
    /// unreadable; the problem is reported). WooCommerce's subtotal is before discounts, so the
    /// stored subtotal (merchandise after discounts) is subtotal − discount.
    bool read(ImportContext& context, const FieldReader& fields, qint64 line,
              OrderRecord& order) const;
};

/// Sets the order's financial status from a WooCommerce status cell (slug or label), with a
/// warning for a status WooCommerce does not define (the order is then kept as valid).
void readWooStatus(ImportContext& context, const FieldReader& fields, const ColumnRef& status,
                   qint64 line, OrderRecord& order);

} // namespace pvi
