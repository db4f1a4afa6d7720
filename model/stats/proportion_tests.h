#pragma once

#include "stats/proportion_summary.h"
#include "stats/stat_results.h"

namespace pvi {

/// Two-sided pooled two-proportion z-test; the statistic is (treatment − control) / pooled SE.
/// Undefined for an empty arm or when nobody or everybody converted (zero pooled variance).
TestResult twoProportionZTest(const ProportionSummary& control, const ProportionSummary& treatment);

/// Pearson chi-square test of independence on the 2×2 table arm × converted (1 degree of
/// freedom), with Yates' continuity correction when `yates` is true (the correction
/// min(0.5, |O − E|) per cell, as scipy.stats.chi2_contingency applies it).
/// Undefined when a row or column of the table is empty.
TestResult chiSquareTest(const ProportionSummary& control, const ProportionSummary& treatment,
                         bool yates);

/// Fisher's exact test, two-sided: the probability of the tables with the same margins that are
/// no more probable than the observed one (relative tolerance 1 + 1e-7, as R does).
/// The statistic is left empty. Undefined for an empty arm.
TestResult fisherExactTest(const ProportionSummary& control, const ProportionSummary& treatment);

/// The headline p-value for a rate comparison: Fisher's exact test when any cell of the 2×2
/// table is below 5, the z-test otherwise. `usedFisher` (optional) tells which one was used.
TestResult headlineRateTest(const ProportionSummary& control, const ProportionSummary& treatment,
                            bool* usedFisher = nullptr);

} // namespace pvi
