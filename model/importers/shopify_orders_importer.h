#pragma once

#include "importers/header_map.h"
#include "importers/importer.h"
#include "importers/order_record.h"
#include "importers/order_store.h"
#include "io/csv_row.h"

#include <memory>

namespace pvi {

/// The Shopify orders export (Admin › Orders › Export), 2021 (75 columns), 2025 (79 columns)
/// and trimmed layouts: one row per line item, order-level values only on an order's first row
/// (the one whose Financial Status is set), columns found by name. See FORMATS.md §1.1.
class ShopifyOrdersImporter : public Importer {
public:
    /// The declaration the registry detects files with.
    static const ImporterSpec& staticSpec();

    const ImporterSpec& spec() const override { return staticSpec(); }
    void begin(ImportContext& context, const HeaderMap& header) override;
    void addRow(ImportContext& context, const CsvRow& row) override;
    void finish(ImportContext& context) override;

private:
    struct Columns {
        ColumnRef name, email, financialStatus, createdAt, currency, subtotal, shipping, taxes,
            total, discountCode, discountAmount, acceptsMarketing, cancelledAt, refunded, id, tags,
            source, billingCountry, billingProvince;
        ColumnRef quantity, lineName, price, compareAt, sku, vendor, lineDiscount;
    };

    void flush(ImportContext& context);
    bool readHead(ImportContext& context, const CsvRow& row, OrderRecord& order);
    void readLine(ImportContext& context, const CsvRow& row);
    bool hasStatus(const CsvRow& row) const;

    Columns m_col;
    bool m_hasLines = false;
    std::unique_ptr<OrderStore> m_store;

    // The order being read: its rows are contiguous and share the Name.
    QString m_groupName;
    bool m_inGroup = false;
    bool m_haveHead = false;
    bool m_headRead = false; // the order row was read into m_order (m_headOk: without errors)
    bool m_headOk = false;
    CsvRow m_head;       // the group's first row when it is not the order row
    OrderRecord m_order; // reused between orders to keep its storage
    qint64 m_ordersWithoutEmail = 0;
    qint64 m_firstLineWithoutEmail = 0;
};

} // namespace pvi
