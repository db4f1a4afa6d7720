#pragma once

#include <QtGlobal>

#include <optional>

namespace pvi {

/// segmentation_rate: customers in at least one segment / all customers × 100; empty when there
/// are no customers.
std::optional<double> segmentationRatePercent(qint64 segmented, qint64 allCustomers);

/// segment_growth_rate: (members at end − members at start) / members at start × 100; empty when
/// the segment had no members at the start.
std::optional<double> segmentGrowthPercent(qint64 membersAtStart, qint64 membersAtEnd);

} // namespace pvi
