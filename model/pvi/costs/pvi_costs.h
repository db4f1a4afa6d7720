#pragma once

// Family G (cost and return): imported costs against the orders' personalized/generic split.
// A cost whose period overlaps the PVI's period counts in proportion to the overlapping days:
// amount × days of overlap / days of the cost's period (both inclusive).

#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_definition.h"
#include "pvi/engine/pvi_result.h"

#include <QString>

#include <optional>
#include <vector>

namespace pvi {

class Workspace;
struct OrderSnapshot;

/// One imported cost.
struct CostEntry {
    Period period;
    QString category; ///< personalization, acquisition or other
    double amount = 0;
    QString channel; ///< as imported ("unspecified" when the CSV had no channel column)
};

/// The part of a cost that falls in `period`: amount × overlapping days / the cost's days.
double proratedCost(const CostEntry& cost, const Period& period);

/// The inputs of the cost PVIs for one period, gathered from costs and orders.
struct CostLedger {
    double personalizationCost = 0;
    double acquisitionCost = 0;
    qint64 reachedCustomers = 0; ///< customers exposed by the period's end who ordered in it
    qint64 controlCustomers = 0; ///< customers who ordered in it, not exposed
    double reachedRevenue = 0;   ///< net revenue of the reached customers in the period
    double controlRevenue = 0;   ///< net revenue of the control customers in the period
    qint64 newCustomers = 0;     ///< customers whose first valid order is in the period
    double grossMargin = 0.5;    ///< the workspace setting gross_margin
    qint64 periodDays = 0;
    /// The incremental revenue to use instead of the reached-vs-control difference (the
    /// selection-adjusted estimate, when the user chooses it on the ROI page).
    std::optional<double> incrementalOverride;

    /// (revenue per reached customer − revenue per control customer) × reached customers, or
    /// incrementalOverride when set.
    std::optional<double> incrementalRevenue() const;
};

/// Every imported cost. Throws DbError.
std::vector<CostEntry> loadCosts(Workspace& workspace);
/// The ledger of one period: costs prorated into it, the period's customers split by exposure
/// and the gross_margin setting. Throws DbError.
CostLedger costLedgerFor(Workspace& workspace, const OrderSnapshot& snapshot,
                         const std::vector<CostEntry>& costs, const Period& period);

/// The value of one cost PVI from a ledger (unavailable with a reason when an input is missing).
PviResult costPviFromLedger(const QString& id, const CostLedger& ledger, bool anyCosts);

} // namespace pvi
