#pragma once

#include "importers/header_map.h"
#include "importers/importer.h"

namespace pvi {

/// The Shopify customers export (Admin › Customers › Export) in its three header generations
/// (2024+ with Customer ID, 2022–2023, before 2022): one row per customer. Each row finds or
/// creates the workspace customer (by email, else by Customer ID) and stores what the export
/// says about them as its customer record. See FORMATS.md §1.2.
class ShopifyCustomersImporter : public Importer {
public:
    /// The declaration the registry detects files with.
    static const ImporterSpec& staticSpec();

    const ImporterSpec& spec() const override { return staticSpec(); }
    void begin(ImportContext& context, const HeaderMap& header) override;
    void addRow(ImportContext& context, const CsvRow& row) override;
    void finish(ImportContext& context) override;

private:
    struct Columns {
        ColumnRef customerId, firstName, lastName, email, acceptsEmail, acceptsSms, country,
            province, totalSpent, totalOrders, tags;
    };
    Columns m_col;
};

} // namespace pvi
