#pragma once

#include "pvi/pvi_definition.h"

#include <vector>

namespace pvi {

/// The definitions of the email PVIs (family E and opt_out_trend), in display order; the PVI
/// registry lists them after the order PVIs.
const std::vector<PviDefinition>& emailPviDefinitions();

} // namespace pvi
