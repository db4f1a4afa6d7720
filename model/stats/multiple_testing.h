#pragma once

#include "stats/stat_results.h"

#include <span>
#include <vector>

namespace pvi {

/// How p-values across several tests are adjusted.
enum class PAdjustment { Holm, BenjaminiHochberg };

/// Holm's step-down adjusted p-values (family-wise error), in the input order.
std::vector<double> holmAdjusted(std::span<const double> pValues);

/// Benjamini–Hochberg step-up adjusted p-values (false discovery rate), in the input order.
std::vector<double> benjaminiHochbergAdjusted(std::span<const double> pValues);

/// Either adjustment.
std::vector<double> adjustedPValues(std::span<const double> pValues, PAdjustment method);

/// One concluded test of a portfolio: its headline p-value and its lift (treatment vs control).
struct ConcludedTest {
    double pValue = 1;
    double liftPercent = 0;
};

/// ab_win_rate: the share of concluded tests where the treatment won significantly (adjusted
/// p < alpha and positive lift) after adjusting the p-values across the tests.
struct WinRate {
    std::optional<double> value;
    int wins = 0;
    int concluded = 0;
    std::vector<double> adjusted; ///< in the input order
    QStringList reasons;
};

WinRate abWinRate(std::span<const ConcludedTest> tests, PAdjustment method, double alpha = 0.05);

} // namespace pvi
