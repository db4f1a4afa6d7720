#pragma once
// The one table of PVIs: every PVI is one PviRow (its definition, its family and whether it has
// a series). Each family writes its rows in its own file as a constexpr array; the registry
// (pvi/engine/pvi_registry.cpp) concatenates them once in display order and turns each row into a
// PviDefinition with pviDefinitionOf(). Metrics, trends, sparklines, `pvi metrics`, the Overview
// tiles and the catalogue all iterate that registry.
//
// docs/pvi-catalogue.md is generated from this table: after changing a row, run
// `make catalogue` (or `pvi catalogue --markdown > docs/pvi-catalogue.md`); a test fails while
// the committed file differs.
//
// Every text of a row (title, explanation, formula, data needed, notes) is written inside
// QT_TRANSLATE_NOOP("PviText", …), which is the literal itself: the model, the CLI and the
// catalogue stay English, lupdate collects the texts into resources/translations/pvi_pages_*.ts,
// and the window shows them through translated() (ui/widgets/pvi_text.h). A new or changed text
// needs its translation there (lupdate -I ui -I model ui/pages model/pvi -ts …).

#include "pvi/engine/pvi_definition.h"

#include <span>

namespace pvi {

/// PviRow::hasSeries, named.
inline constexpr bool kHasSeries = true;
inline constexpr bool kNoSeries = false;

/// One PVI of the table, as constexpr C strings (UTF-8).
struct PviRow {
    const char* id;
    const char* title;
    PviUnit unit;
    PviDefinition::Direction direction;
    PviFamily family;
    /// Whether it can be computed for any period (see PviDefinition::hasSeries).
    bool hasSeries;
    const char* explanation;
    const char* formula;
    const char* dataNeeded;
    /// Appended to the explanation, for a note several rows share ("" for none).
    const char* explanationNote = "";
    /// Appended to the formula, for a note several rows share ("" for none).
    const char* formulaNote = "";
};

/// The row as a PviDefinition (the notes appended).
PviDefinition pviDefinitionOf(const PviRow& row);

/// Each family's rows, in display order; the registry lists the families in this order.
std::span<const PviRow> orderPviRows();
std::span<const PviRow> emailPviRows();
std::span<const PviRow> surveyPviRows();
std::span<const PviRow> webPviRows();
std::span<const PviRow> costPviRows();
std::span<const PviRow> predictivePviRows();
std::span<const PviRow> experimentPviRows();
std::span<const PviRow> monitoringPviRows();
std::span<const PviRow> engagementPviRows();
std::span<const PviRow> fairnessPviRows();
std::span<const PviRow> targetPviRows();
std::span<const PviRow> effectPviRows();

} // namespace pvi
