#pragma once

#include "stats/mean_summary.h"

#include <QStringList>

#include <optional>

namespace pvi {

/// Welch's unequal-variance t-test of treatment − control, with the Welch–Satterthwaite degrees
/// of freedom and the confidence interval of the difference of means.
struct WelchResult {
    std::optional<double> difference; ///< treatment mean − control mean (set for non-empty arms)
    std::optional<double> statistic;  ///< t
    std::optional<double> degreesOfFreedom;
    std::optional<double> pValue; ///< two-sided
    std::optional<double> ciLow;  ///< of the difference
    std::optional<double> ciHigh;
    QStringList reasons;

    bool defined() const { return pValue.has_value(); }
};

/// Welch's t-test from the arms' summaries (per-visitor rows or arm totals). Undefined when an
/// arm has fewer than 2 units or both arms have zero variance.
WelchResult welchTTest(const MeanSummary& control, const MeanSummary& treatment,
                       double confidence = 0.95);

} // namespace pvi
