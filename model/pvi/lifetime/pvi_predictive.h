#pragma once
// Family C (predictive lifetime value): predicted_clv, churn_risk and clv_uplift from one
// BG/NBD + Gamma-Gamma fit on the valid orders up to the period's end, split by exposure.

#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_definition.h"
#include "pvi/engine/pvi_result.h"

#include <QString>

#include <memory>
#include <vector>

namespace pvi {

struct OrderSnapshot;

/// The lifetime fit behind the three PVIs as of one day: one BG/NBD + Gamma-Gamma fit on the
/// valid orders up to that day, summarized for all customers and per exposure.
struct PredictiveFit;

/// Fits the model as of `asOf` on the snapshot's valid orders up to that day; customers count
/// as exposed when `snapshot` says they were personalized by then. Reads nothing else and never
/// throws (a failure is the fit's reason).
std::shared_ptr<const PredictiveFit> fitPredictive(const OrderSnapshot& snapshot,
                                                   const QDate& asOf);

/// One predictive PVI from a fit (no previous value).
PviResult computePredictivePvi(const PredictiveFit& fit, const QString& id);

} // namespace pvi
