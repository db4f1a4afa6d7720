#pragma once

#include "importers/column_mapping.h"
#include "importers/order_rows_importer.h"

namespace pvi {

/// Any orders CSV whose columns the user mapped to the canonical order fields
/// (genericOrderFields()): one or several rows per order (rows of an order together, sharing the
/// order id), order values read from the order's first row, one line item per row when product,
/// quantity or price is mapped. Without a mapped total, the order's total is Σ quantity × price.
/// A mapped value that cannot be read (amount, date, quantity) rejects the file; empty optional
/// values are left empty.
class GenericOrdersImporter : public OrderRowsImporter {
public:
    /// The generic importer with the columns to read (checked with mappingProblems() first).
    explicit GenericOrdersImporter(ColumnMapping mapping = {});

    /// The declaration of the generic importer (never detected from a header by itself).
    static const ImporterSpec& staticSpec();

    const ImporterSpec& spec() const override { return staticSpec(); }
    void begin(ImportContext& context, const HeaderMap& header) override;

protected:
    bool readOrder(ImportContext& context, const std::vector<CsvRow>& rows,
                   OrderRecord& order) override;

private:
    struct Columns {
        ColumnRef orderId, email, createdAt, total, subtotal, discountCode, discountAmount, tags,
            financialStatus, cancelledAt, refunded, currency, product, quantity, price, landingSite,
            referringSite, utmSource, utmMedium, utmCampaign;
    };
    bool readLines(ImportContext& context, const std::vector<CsvRow>& rows,
                   OrderRecord& order) const;

    ColumnMapping m_mapping;
    Columns m_col;
    bool m_hasLines = false;
};

} // namespace pvi
