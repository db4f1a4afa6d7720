#pragma once
// The PVI catalogue: docs/pvi-catalogue.md, generated from the PVI table (pvi/engine/pvi_table.h).

#include "pvi/engine/pvi_definition.h"

#include <QString>

#include <functional>

namespace pvi {

/// The language the catalogue is written in. Empty functions (the default) keep the table's
/// English, as `pvi catalogue` and docs/pvi-catalogue.md have it; the window's Help › PVI
/// catalogue passes translating ones.
struct PviCatalogueLanguage {
    /// A definition with its texts in the language.
    std::function<PviDefinition(const PviDefinition&)> definition;
    /// A family's title in the language.
    std::function<QString(PviFamily)> familyTitle;
    /// One of the catalogue's own words, marked with QT_TRANSLATE_NOOP("PviCatalogue", …).
    std::function<QString(const char*)> text;
};

/// The catalogue as Markdown: every registered PVI in display order, grouped by family, with its
/// id, title, unit, direction, whether it has a series, formula, explanation and data needed.
/// `pvi catalogue` prints it; `make catalogue` writes it to docs/pvi-catalogue.md.
QString pviCatalogueMarkdown(const PviCatalogueLanguage& language = {});

} // namespace pvi
