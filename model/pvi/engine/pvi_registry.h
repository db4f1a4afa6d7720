#pragma once

#include "pvi/engine/pvi_definition.h"

#include <vector>

namespace pvi {

struct PviRow;

/// The PVIs this build computes, in display order (the order of computeMetrics()' results).
class PviRegistry {
public:
    /// Every registered PVI definition, in display order.
    static const std::vector<PviDefinition>& definitions();
    /// The definition with this id, or null.
    static const PviDefinition* find(const QString& id);
    /// The table row the definition with this id is made from, or null: its texts one by one,
    /// as marked for translation (context "PviText"), before the notes are appended.
    static const PviRow* findRow(const QString& id);
};

} // namespace pvi
