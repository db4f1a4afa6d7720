#pragma once
// The survey scores' formulas on plain numbers: NPS with its variance, the difference of two
// NPS with a confidence interval and z-test, CSAT top-2-box and CES on a configured scale.

#include "stats/stat_results.h"

#include <cstdint>

namespace pvi {

/// Counts of one group's NPS answers.
struct NpsSummary {
    std::int64_t n = 0;
    std::int64_t promoters = 0;  ///< 9–10
    std::int64_t detractors = 0; ///< 0–6

    /// Adds an answer on 0–10.
    void add(double score);
    /// (promoters − detractors) / n × 100.
    double nps() const;
    /// Variance of the NPS estimate in points²: each answer scores +1, 0 or −1, so
    /// Var = (p_P + p_D − (p_P − p_D)²) / n × 100².
    double variance() const;
};

/// The difference treatment − control in NPS points with its 95% (or `confidence`) interval
/// d ± z·√(Var_t + Var_c) and the two-sided p-value of the unpooled z-test d / √(Var_t + Var_c).
/// Undefined (reasons set) when a group is empty or both variances are 0.
struct NpsDifference {
    Interval difference;
    TestResult test;
};
NpsDifference npsDifference(const NpsSummary& control, const NpsSummary& treatment,
                            double confidence = 0.95);

/// An answer on [min, max] mapped onto 0–10 (NPS asked on another scale by the user's choice).
double toNpsScale(double score, double min, double max);
/// Whether a CSAT answer is in the top two boxes of its scale (4–5 on 1–5).
bool isCsatTopBox(double score, double max);
/// A CES answer on [min, max] mapped onto the configured CES scale [cesMin, cesMax], reversed
/// when the configured direction is "lower = easier" so that the result is higher = easier.
double cesValue(double score, double min, double max, double cesMin, double cesMax,
                bool higherIsEasier);
/// A Likert answer on [min, max] as 0–100 (min = 0, max = 100).
double likertPercent(double score, double min, double max);

} // namespace pvi
