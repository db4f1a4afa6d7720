#pragma once

#include "importers/header_map.h"
#include "importers/importer.h"

namespace pvi {

/// A list of personalized customers: one email per row (`Email`, `Email Address` or `E-mail`),
/// with an optional list name (`List` / `List name`; the file's base name when absent). Members
/// join their customers by normalized email (created when new) and feed customer-list rules.
class CustomerListImporter : public Importer {
public:
    /// The declaration the registry detects files with.
    static const ImporterSpec& staticSpec();

    const ImporterSpec& spec() const override { return staticSpec(); }
    void begin(ImportContext& context, const HeaderMap& header) override;
    void addRow(ImportContext& context, const CsvRow& row) override;
    void finish(ImportContext&) override {}

private:
    ColumnRef m_email, m_list, m_added;
    QString m_defaultList;
};

} // namespace pvi
