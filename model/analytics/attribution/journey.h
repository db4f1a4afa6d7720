#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace pvi {

/// One marketing touch on a journey: which channel, when, and whether it was personalized.
struct Touch {
    QString channel;
    QDateTime at;
    bool personalized = false;
};

/// A customer's (or visit's) path of touches and whether, when and for how much it converted.
/// Touches may be in any order; the attribution models sort them by time (stable for ties).
struct Journey {
    QString key;
    std::vector<Touch> touches;
    bool converted = false;
    QDateTime convertedAt; ///< invalid when not converted or unknown
    double value = 0.0;    ///< conversion value (revenue); 0 when not converted
    /// How many identical journeys this one stands for (an aggregated path such as a GA4
    /// conversion path with its conversion count); `value` is the total over all of them.
    double weight = 1.0;
};

/// The touches of a journey that count for attribution, in time order: every touch at or before
/// the conversion for a converted journey (all of them when the conversion time is unknown),
/// every touch for a journey that did not convert.
std::vector<Touch> countedTouches(const Journey& journey);

} // namespace pvi
