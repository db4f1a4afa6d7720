#pragma once
// The PVI catalogue: docs/pvi-catalogue.md, generated from the PVI table (pvi/engine/pvi_table.h).

#include <QString>

namespace pvi {

/// The catalogue as Markdown: every registered PVI in display order, grouped by family, with its
/// id, title, unit, direction, whether it has a series, formula, explanation and data needed.
/// `pvi catalogue` prints it; `make catalogue` writes it to docs/pvi-catalogue.md.
QString pviCatalogueMarkdown();

} // namespace pvi
