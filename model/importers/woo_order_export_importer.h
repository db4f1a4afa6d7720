#pragma once

#include "importers/order_attribution.h"
#include "importers/order_rows_importer.h"
#include "importers/woo_order_columns.h"

namespace pvi {

/// "Advanced Order Export For WooCommerce" (woo-order-export-lite): one row per product (and
/// per coupon), the order's own values repeated on each of its rows, which are read once per
/// `Order Number`. Columns are found by their default labels (`Order Date`, `Email (Billing)`,
/// `Item Name`/`Name`, `Quantity`, `Item Cost`, `Coupon Code`, `Cart Discount Amount`,
/// `Order Subtotal Amount`, `Order Refund Amount`, `Order Total Amount`, ...). WooCommerce's
/// subtotal is before discounts: the stored subtotal is it minus the cart discount. See
/// FORMATS.md §2.2.
class WooOrderExportImporter : public OrderRowsImporter {
public:
    /// The declaration the registry detects files with.
    static const ImporterSpec& staticSpec();

    const ImporterSpec& spec() const override { return staticSpec(); }
    void begin(ImportContext& context, const HeaderMap& header) override;

protected:
    bool readOrder(ImportContext& context, const std::vector<CsvRow>& rows,
                   OrderRecord& order) override;

private:
    struct Columns {
        ColumnRef number, email, refund, couponCode;
        ColumnRef itemName, sku, quantity, itemCost;
    };
    Columns m_col;
    WooOrderColumns m_order;
    OrderAttributionColumns m_attribution;
};

} // namespace pvi
