#pragma once

#include <QString>

namespace pvi {

/// One estimate with its 95% interval, drawn as a point with an error bar.
struct IntervalPoint {
    QString label;
    double estimate = 0;
    double low = 0;
    double high = 0;
    bool highlighted = false; ///< drawn in the accent colour (e.g. the control arm)
};

} // namespace pvi
