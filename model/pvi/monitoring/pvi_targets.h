#pragma once
// The targets PVI (family J): the share of the PVIs with a stored target that are on track.

#include "analytics/targets/target_status.h"
#include "pvi/engine/pvi_definition.h"
#include "pvi/engine/pvi_result.h"

#include <vector>

namespace pvi {

class Workspace;

/// The direction a PVI's target is judged in: down for a lower-is-better PVI, up for any other
/// (neutral or unknown ids included).
TargetDirection targetDirectionOf(const QString& pviId);

/// targets: the share of the PVIs with a stored target that are on track, from the other
/// results; one segments row per target (id = PVI id, name = "Title: status (target T)",
/// value = PVI value).
/// Throws DbError when the targets cannot be read.
PviResult targetsOnTrack(Workspace& workspace, const std::vector<PviResult>& results);

} // namespace pvi
