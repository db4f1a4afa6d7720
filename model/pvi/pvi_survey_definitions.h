#pragma once

#include "pvi/pvi_definition.h"

#include <vector>

namespace pvi {

/// The definitions of the survey PVIs (family F), in display order; the PVI registry lists
/// them after the email PVIs.
const std::vector<PviDefinition>& surveyPviDefinitions();

} // namespace pvi
