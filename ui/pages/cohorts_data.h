#pragma once

#include "analytics/cohorts/cohort_curve.h"
#include "analytics/cohorts/cohort_matrix.h"
#include "pvi/engine/pvi_result.h"

#include <QString>

#include <array>
#include <vector>

namespace pvi {

/// Whose cohorts: every customer, or those with a personalized or a generic onboarding.
enum class CohortGroup { All, Personalized, Generic };

/// What the Cohorts page shows, computed off the GUI thread from the model.
struct CohortsData {
    QString error;     ///< set when the workspace could not be read
    bool empty = true; ///< the workspace has no valid orders yet
    Period period;     ///< the filter's period; the cohorts use every order up to its end
    Period comparison;
    QString currency; ///< the workspace's currency code, empty when unknown
    bool hasRules =
        false;           ///< the workspace has personalization rules (else nobody is personalized)
    CohortMatrix matrix; ///< as of period.to
    /// The size-weighted curves of cohortCurve(), [group][measure] (CohortGroup, CohortMeasure).
    std::array<std::array<std::vector<CohortCurvePoint>, 3>, 3> curves;

    /// The cohort rows of a group.
    const std::vector<CohortRow>& rows(CohortGroup group) const {
        return group == CohortGroup::Personalized ? matrix.personalized
               : group == CohortGroup::Generic    ? matrix.generic
                                                  : matrix.all;
    }
    /// The curve of a group and measure.
    const std::vector<CohortCurvePoint>& curve(CohortGroup group, CohortMeasure measure) const {
        return curves[static_cast<std::size_t>(group)][static_cast<std::size_t>(measure)];
    }
};

} // namespace pvi
