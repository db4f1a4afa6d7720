#pragma once

#include <QStringList>

#include <optional>

namespace pvi {

/// A test statistic and its two-sided p-value; both empty, with reasons, when undefined.
struct TestResult {
    std::optional<double> statistic;
    std::optional<double> pValue;
    QStringList reasons;

    bool defined() const { return pValue.has_value(); }
};

/// A confidence interval [low, high] around an estimate; empty, with reasons, when undefined.
struct Interval {
    std::optional<double> estimate;
    std::optional<double> low;
    std::optional<double> high;
    QStringList reasons;

    bool defined() const { return low.has_value() && high.has_value(); }
};

/// A single derived number (a probability, a rate); empty, with reasons, when undefined.
struct Estimate {
    std::optional<double> value;
    QStringList reasons;

    bool defined() const { return value.has_value(); }
};

} // namespace pvi
