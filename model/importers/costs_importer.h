#pragma once

#include "importers/header_map.h"
#include "importers/importer.h"

namespace pvi {

/// A costs CSV, one row per cost: period start and end (dates, inclusive), channel, category
/// (personalization, acquisition or other) and amount. Accepted headers (case-insensitive):
/// `Period start` / `period_start` / `Start`; `Period end` / `period_end` / `End`; `Channel`
/// (optional, "unspecified" when absent); `Category`; `Amount` / `Cost`; `Note` (optional).
class CostsImporter : public Importer {
public:
    /// The declaration the registry detects files with.
    static const ImporterSpec& staticSpec();

    const ImporterSpec& spec() const override { return staticSpec(); }
    void begin(ImportContext& context, const HeaderMap& header) override;
    void addRow(ImportContext& context, const CsvRow& row) override;
    void finish(ImportContext&) override {}

private:
    struct Columns {
        ColumnRef start, end, channel, category, amount, note;
    };
    Columns m_col;
};

} // namespace pvi
