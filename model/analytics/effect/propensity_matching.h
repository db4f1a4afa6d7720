#pragma once

#include "analytics/effect/effect_index_events.h"

#include <vector>

namespace pvi {

/// One exposed event and its matches (indices into EffectIndex::candidates), nearest first.
struct PropensityMatch {
    std::size_t exposed = 0;
    std::vector<std::size_t> candidates;
};

/// Greedy nearest-neighbour matching on the logit of the propensity score without replacement
/// (Austin 2011): for each exposed event, highest score first, the `perExposed` candidates not
/// yet used, of other customers and dated within `calendarDays` of it, whose logit is nearest
/// and within `caliper` of its own. `logit` holds
/// the exposed events' logits then the candidates'. An exposed event with no candidate in the
/// calipers has no match and is left out.
std::vector<PropensityMatch> matchWithinCalipers(const EffectIndex& index,
                                                 const std::vector<double>& logit, double caliper,
                                                 int calendarDays, std::size_t perExposed);

} // namespace pvi
