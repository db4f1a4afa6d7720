#include "analytics/rfm/segment_rates.h"

namespace pvi {

std::optional<double> segmentationRatePercent(qint64 segmented, qint64 allCustomers) {
    if (allCustomers <= 0)
        return std::nullopt;
    return static_cast<double>(segmented) / static_cast<double>(allCustomers) * 100.0;
}

std::optional<double> segmentGrowthPercent(qint64 membersAtStart, qint64 membersAtEnd) {
    if (membersAtStart <= 0)
        return std::nullopt;
    return static_cast<double>(membersAtEnd - membersAtStart) /
           static_cast<double>(membersAtStart) * 100.0;
}

} // namespace pvi
