#pragma once

#include "pvi/pvi_definition.h"

#include <vector>

namespace pvi {

/// The definitions of the web PVIs (family A), in display order; the PVI registry lists them
/// after the order PVIs.
const std::vector<PviDefinition>& webPviDefinitions();

} // namespace pvi
