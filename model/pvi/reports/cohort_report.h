#pragma once

#include "analytics/cohorts/cohort_matrix.h"

namespace pvi {

class Workspace;

/// The workspace's monthly acquisition cohorts as of `asOf` (orders after it are ignored), split
/// by onboarding: a customer had a personalized onboarding when their first valid order was
/// exposed, i.e. matched a personalization rule. Empty rows on a database failure.
CohortMatrix computeCohorts(Workspace& workspace, const QDate& asOf);

} // namespace pvi
