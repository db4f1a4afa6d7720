#pragma once

#include <cstdint>
#include <span>

namespace pvi {

/// Sufficient statistics of a mean (revenue per visitor, order value): count, sum and sum of
/// squares. Summaries of disjoint groups add up.
struct MeanSummary {
    std::int64_t n = 0;
    double sum = 0;
    double sumSquares = 0;

    /// sum / n (0 when n is 0; callers check n).
    double mean() const;
    /// Sample variance with the n − 1 denominator (0 when n < 2; callers check n).
    double variance() const;
    /// Adds one observation.
    void add(double value);
    /// The summary of both groups together.
    MeanSummary operator+(const MeanSummary& other) const;
    /// The summary of the given observations.
    static MeanSummary fromValues(std::span<const double> values);
    bool operator==(const MeanSummary&) const = default;
};

} // namespace pvi
