#pragma once
// The PVI table's texts in the application's language: the one place where a PVI definition's
// title, explanation, formula and data needed, a family's title and the catalogue are translated
// before they reach the screen. The model keeps returning the table's English (the CLI and
// docs/pvi-catalogue.md); the table marks each text with QT_TRANSLATE_NOOP("PviText", …).

#include "pvi/engine/pvi_definition.h"

#include <QString>

namespace pvi {

/// The definition with its texts translated (context "PviText"); the explanation and the formula
/// are translated piece by piece, each with its note, as the table writes them. Without a
/// translation installed it equals the definition.
PviDefinition translated(const PviDefinition& definition);

/// The family's title translated (pviFamilyTitle in the application's language).
QString translatedFamilyTitle(PviFamily family);

/// The PVI catalogue (pviCatalogueMarkdown) in the application's language.
QString translatedPviCatalogueMarkdown();

} // namespace pvi
