#pragma once
// A PVI family's definitions written as a constexpr table of C strings, turned into
// PviDefinitions once (shared by the predictive and experiment families).

#include "pvi/pvi_definition.h"

#include <QString>

#include <span>
#include <vector>

namespace pvi {

/// One row of a family's definition table; dataNeeded is shared by the whole family.
struct PviDefinitionEntry {
    const char* id;
    const char* title;
    const char* unit;
    PviDefinition::Direction direction;
    const char* explanation;
    const char* formula;
};

/// The table's definitions in table order, each with `dataNeeded`.
inline std::vector<PviDefinition> definitionsFromTable(std::span<const PviDefinitionEntry> table,
                                                       const char* dataNeeded) {
    std::vector<PviDefinition> list;
    for (const PviDefinitionEntry& e : table)
        list.push_back({QString::fromUtf8(e.id), QString::fromUtf8(e.title),
                        QString::fromUtf8(e.unit), QString::fromUtf8(e.explanation),
                        QString::fromUtf8(e.formula), QString::fromUtf8(dataNeeded), e.direction});
    return list;
}

/// Whether the table holds a row with this id.
inline bool tableHasId(std::span<const PviDefinitionEntry> table, const QString& id) {
    for (const PviDefinitionEntry& e : table) {
        if (id == QLatin1String(e.id))
            return true;
    }
    return false;
}

} // namespace pvi
