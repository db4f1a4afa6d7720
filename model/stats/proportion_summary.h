#pragma once

#include <cstdint>

namespace pvi {

/// Sufficient statistics of a conversion rate: units seen and units that converted. Summaries of
/// disjoint groups add up.
struct ProportionSummary {
    std::int64_t n = 0;
    std::int64_t conversions = 0;

    /// conversions / n; NaN-free: 0 units give 0 (callers check n before trusting the rate).
    double rate() const {
        return n > 0 ? static_cast<double>(conversions) / static_cast<double>(n) : 0.0;
    }
    /// Units that did not convert.
    std::int64_t failures() const { return n - conversions; }
    /// The summary of both groups together.
    ProportionSummary operator+(const ProportionSummary& other) const {
        return {n + other.n, conversions + other.conversions};
    }
    bool operator==(const ProportionSummary&) const = default;
};

} // namespace pvi
