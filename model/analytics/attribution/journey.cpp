#include "analytics/attribution/journey.h"

#include <algorithm>

namespace pvi {

std::vector<Touch> countedTouches(const Journey& journey) {
    std::vector<Touch> touches;
    touches.reserve(journey.touches.size());
    const bool cutAtConversion = journey.converted && journey.convertedAt.isValid();
    for (const Touch& touch : journey.touches) {
        if (!cutAtConversion || touch.at <= journey.convertedAt)
            touches.push_back(touch);
    }
    std::stable_sort(touches.begin(), touches.end(),
                     [](const Touch& a, const Touch& b) { return a.at < b.at; });
    return touches;
}

} // namespace pvi
