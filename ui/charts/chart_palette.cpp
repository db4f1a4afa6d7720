#include "charts/chart_palette.h"

#include <algorithm>
#include <cmath>

namespace pvi::palette {

QColor heat(double share) {
    // Interpolate in RGB between a pale and a deep blue; a square root spreads the small shares
    // (retention after month 0 is typically 5–30%) over more of the scale.
    const double t = std::sqrt(std::clamp(share, 0.0, 1.0));
    const QColor low(0xf0, 0xf4, 0xfa);
    const QColor high(0x1f, 0x4e, 0x89);
    const auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    return QColor(mix(low.red(), high.red()), mix(low.green(), high.green()),
                  mix(low.blue(), high.blue()));
}

} // namespace pvi::palette
