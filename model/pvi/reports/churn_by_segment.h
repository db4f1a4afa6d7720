#pragma once

#include "analytics/lifetime/clv_predictions.h"
#include "pvi/engine/pvi_result.h"

#include <QDate>

#include <vector>

namespace pvi {

struct OrderSnapshot;

/// churn_risk per RFM segment: for each segment (display order, only segments with repeat
/// customers) the mean over its repeat customers of 1 − P(alive) (value, n = those customers),
/// and the same over those exposed by `asOf` (personalized) and the others (control) when the
/// workspace has personalization rules. One-time buyers are left out: BG/NBD gives them
/// P(alive) = 1 by construction. RFM segments and exposure are read from `snapshot` as of
/// `asOf`; customers without a segment (no valid order by then) are left out.
std::vector<SegmentValue> churnRiskBySegment(const std::vector<CustomerClvPrediction>& customers,
                                             const OrderSnapshot& snapshot, const QDate& asOf);

} // namespace pvi
