#pragma once

#include "importers/order_attribution.h"
#include "importers/order_rows_importer.h"
#include "importers/woo_order_columns.h"

#include <vector>

namespace pvi {

/// WebToffee "Order Export & Order Import for WooCommerce": one row per order (`order_id`,
/// `order_number`, `order_date`, `status`, `order_subtotal`, `discount_total`, `order_total`,
/// `order_currency`, `customer_email` / `billing_email`, `coupon_items`, `refund_items`), line
/// items packed into `line_item_N` cells as `name:…|product_id:…|sku:…|quantity:…|total:…|
/// sub_total:…|tax:…`, order-attribution meta as `meta:_wc_order_attribution_*` columns.
/// WooCommerce's subtotal is before discounts: the stored subtotal is it minus
/// `discount_total`. See FORMATS.md §2.3.
class WebToffeeOrdersImporter : public OrderRowsImporter {
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
        ColumnRef id, number, customerEmail, billingEmail, coupons, refunds;
    };
    void readLines(ImportContext& context, const CsvRow& row, OrderRecord& order) const;

    Columns m_col;
    WooOrderColumns m_order;
    std::vector<ColumnRef> m_lineItems;
    OrderAttributionColumns m_attribution;
};

} // namespace pvi
