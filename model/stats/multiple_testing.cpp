#include "stats/multiple_testing.h"

#include <algorithm>
#include <numeric>

namespace pvi {

namespace {

std::vector<std::size_t> ascendingOrder(std::span<const double> pValues) {
    std::vector<std::size_t> order(pValues.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return pValues[a] < pValues[b]; });
    return order;
}

} // namespace

std::vector<double> holmAdjusted(std::span<const double> pValues) {
    const std::size_t m = pValues.size();
    std::vector<double> adjusted(m);
    double running = 0;
    const auto order = ascendingOrder(pValues);
    for (std::size_t rank = 0; rank < m; ++rank) {
        const double scaled = static_cast<double>(m - rank) * pValues[order[rank]];
        running = std::max(running, std::min(1.0, scaled));
        adjusted[order[rank]] = running;
    }
    return adjusted;
}

std::vector<double> benjaminiHochbergAdjusted(std::span<const double> pValues) {
    const std::size_t m = pValues.size();
    std::vector<double> adjusted(m);
    double running = 1.0;
    const auto order = ascendingOrder(pValues);
    for (std::size_t rank = m; rank-- > 0;) {
        const double scaled =
            static_cast<double>(m) / static_cast<double>(rank + 1) * pValues[order[rank]];
        running = std::min(running, scaled);
        adjusted[order[rank]] = running;
    }
    return adjusted;
}

std::vector<double> adjustedPValues(std::span<const double> pValues, PAdjustment method) {
    return method == PAdjustment::Holm ? holmAdjusted(pValues) : benjaminiHochbergAdjusted(pValues);
}

WinRate abWinRate(std::span<const ConcludedTest> tests, PAdjustment method, double alpha) {
    WinRate result;
    result.concluded = static_cast<int>(tests.size());
    if (tests.empty()) {
        result.reasons << QStringLiteral("no concluded tests yet");
        return result;
    }
    std::vector<double> pValues;
    pValues.reserve(tests.size());
    for (const auto& test : tests)
        pValues.push_back(test.pValue);
    result.adjusted = adjustedPValues(pValues, method);
    for (std::size_t i = 0; i < tests.size(); ++i) {
        if (result.adjusted[i] < alpha && tests[i].liftPercent > 0)
            ++result.wins;
    }
    result.value = static_cast<double>(result.wins) / static_cast<double>(result.concluded);
    return result;
}

} // namespace pvi
