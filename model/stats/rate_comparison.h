#pragma once

#include "stats/proportion_summary.h"
#include "stats/sample_ratio_mismatch.h"
#include "stats/stat_results.h"

#include <QString>

#include <optional>

namespace pvi {

/// Everything PVI Studio says about a conversion-rate A/B test: per-arm Wilson intervals, lift
/// (Katz log interval), difference (Newcombe interval), the four tests, the headline p-value,
/// the probability to beat control, the sample-ratio check and the plain-language verdict.
struct RateComparison {
    ProportionSummary control;
    ProportionSummary treatment;
    Interval controlWilson;
    Interval treatmentWilson;
    Interval liftPercent; ///< (t − c) / c × 100
    Interval difference;  ///< t − c, as a rate (not percent)
    TestResult z;
    TestResult chiSquare;
    TestResult chiSquareYates;
    TestResult fisherExact;
    std::optional<double> pValue; ///< Fisher's when any cell is below 5, else the z-test's
    bool pValueFromFisher = false;
    Estimate probabilityToBeat;
    SrmResult srm;
    QString verdict;
    QStringList reasons; ///< why some values above are undefined
};

/// Compares two arms; `plannedControlShare` is the planned share of control visitors.
RateComparison compareRates(const ProportionSummary& control, const ProportionSummary& treatment,
                            double plannedControlShare = 0.5);

} // namespace pvi
