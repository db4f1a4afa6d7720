#pragma once

#include <QColor>
#include <QString>

namespace pvi {

/// One estimate with its 95% interval, drawn as a point with an error bar.
struct IntervalPoint {
    QString label;
    double estimate = 0;
    double low = 0;
    double high = 0;
    /// Its colour: an audience's (palette::audience) or a meaning such as palette::good() for a
    /// won test; invalid: the plain colour, all customers' blue.
    QColor colour;
};

} // namespace pvi
