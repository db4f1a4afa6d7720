#pragma once

#include "importers/order_attribution.h"
#include "importers/order_rows_importer.h"

namespace pvi {

/// WooCommerce Analytics › Orders › Download (client-side and e-mailed files): one row per
/// order with `Date`, `Order #`, `Status`, `Customer` (a name: the file has no e-mail, so its
/// orders belong to no customer), `Product(s)` ("2× Hoodie, 1× Beanie"), `Coupon(s)`,
/// `Net sales` (net of refunds, shipping and tax: stored as subtotal and total) and
/// `Attribution`. See FORMATS.md §2.1.
class WooAnalyticsOrdersImporter : public OrderRowsImporter {
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
        ColumnRef date, number, status, products, itemsSold, coupons, netSales;
    };
    Columns m_col;
    OrderAttributionColumns m_attribution;
};

} // namespace pvi
