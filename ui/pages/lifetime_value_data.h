#pragma once

#include "analytics/lifetime/clv_group_summary.h"
#include "analytics/lifetime/clv_workspace_analysis.h"
#include "pvi/engine/pvi_result.h"

#include <QString>

#include <vector>

namespace pvi {

/// Everything the Lifetime value page shows: the workspace's CLV analysis as of the end of the
/// filter's period, CLV per RFM segment, and the customers worth a personal touch.
struct LifetimeValueData {
    Period
        period; ///< the filter's period resolved against the last valid order; fits as of its end
    ClvWorkspaceAnalysis clv;
    std::vector<ClvGroupSummary> segments; ///< per RFM segment, in the RFM display order
    /// Mean churn risk per RFM segment with its personalized/generic split (churnRiskBySegment),
    /// in segment display order.
    std::vector<SegmentValue> churnSegments;
    bool hasRules = false; ///< whether the workspace has personalization rules (for the split)
    QString currency;      ///< the workspace's currency code, empty when unknown
    /// Customers worth a personal touch: predicted CLV in the top quarter and churn risk
    /// (1 − P(alive)) of at least kChurnRiskThreshold, highest CLV × churn risk first.
    std::vector<CustomerClvPrediction> atRisk;
    QString error; ///< why nothing could be computed
};

/// Churn risk from which a valuable customer is listed as worth a personal touch.
inline constexpr double kChurnRiskThreshold = 0.5;

/// The customers of `customers` worth a personal touch (see LifetimeValueData::atRisk).
std::vector<CustomerClvPrediction>
customersWorthAPersonalTouch(const std::vector<CustomerClvPrediction>& customers);

} // namespace pvi
