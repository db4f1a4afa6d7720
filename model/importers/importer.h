#pragma once

#include "importers/importer_spec.h"

namespace pvi {

class HeaderMap;
class ImportContext;
struct CsvRow;

/// Reads one kind of export into the workspace. An importer object serves one file: the runner
/// creates it, calls begin() with the header, addRow() for every data row, then finish(). Row
/// problems go to the context as issues; an error issue makes the runner reject the file.
class Importer {
public:
    virtual ~Importer() = default;

    /// The importer's id, title, detection signature and required columns.
    virtual const ImporterSpec& spec() const = 0;
    /// Resolves the columns it reads from the header (required columns were checked before).
    virtual void begin(ImportContext& context, const HeaderMap& header) = 0;
    /// Takes one data row.
    virtual void addRow(ImportContext& context, const CsvRow& row) = 0;
    /// Writes whatever is still pending after the last row.
    virtual void finish(ImportContext& context) = 0;
};

} // namespace pvi
