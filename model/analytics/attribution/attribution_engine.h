#pragma once

#include "analytics/attribution/attribution_result.h"
#include "analytics/attribution/journey.h"

#include <vector>

namespace pvi {

/// Runs every attribution model (the rules of attribution_rules.h, then "markov") over the
/// journeys. Only converted journeys with at least one counted touch are credited; a channel's
/// credit is the sum of its touches' shares (times the journey's value for value credit), and
/// the personalized/generic split follows the touches' flags. The Markov model credits
/// conversions and value in proportion to the removal effects; each channel's Markov credit is
/// split personalized/generic by the share of its counted touches on converted journeys that were
/// personalized (weighted by journey value for value credit). Every channel seen on a counted
/// touch appears in every model (with 0 when it gets no credit). Pure and deterministic.
AttributionReport runAttribution(const std::vector<Journey>& journeys);

} // namespace pvi
