#pragma once

#include "pages/experience_data.h"
#include "pvi/engine/period_filter.h"

#include <QString>

namespace pvi {

/// Computes what the Customer experience page shows for the workspace at `workspacePath`: the
/// filter's period is resolved against the latest survey answer, through its own connection
/// (safe on a worker thread). Never throws: problems are in `error`.
ExperienceData loadExperience(const QString& workspacePath, const PeriodFilter& filter);

} // namespace pvi
