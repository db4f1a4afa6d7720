#include "stats/mean_summary.h"

#include <algorithm>

namespace pvi {

double MeanSummary::mean() const {
    return n > 0 ? sum / static_cast<double>(n) : 0.0;
}

double MeanSummary::variance() const {
    if (n < 2)
        return 0.0;
    const double count = static_cast<double>(n);
    // (Σx² − (Σx)²/n) / (n − 1); clamp the rounding residue of a constant sample to 0.
    return std::max(0.0, (sumSquares - sum * sum / count) / (count - 1.0));
}

void MeanSummary::add(double value) {
    ++n;
    sum += value;
    sumSquares += value * value;
}

MeanSummary MeanSummary::operator+(const MeanSummary& other) const {
    return {n + other.n, sum + other.sum, sumSquares + other.sumSquares};
}

MeanSummary MeanSummary::fromValues(std::span<const double> values) {
    MeanSummary summary;
    for (double value : values)
        summary.add(value);
    return summary;
}

} // namespace pvi
