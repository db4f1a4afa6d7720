#pragma once

// The personalization ledger behind the ROI page: for the selected period and for each calendar
// month up to its end, what personalization and acquisition cost, whom it reached, the
// incremental revenue with its 95% interval and the family G figures (cost per customer, CAC,
// ROI, payback) computed exactly as the PVIs compute them; and the period's costs per channel
// and category.

#include "analytics/effect/selection_effect.h"
#include "pvi/engine/pvi_result.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace pvi {

class Workspace;

/// One period of the ledger.
struct RoiLedgerRow {
    Period period;
    QString label; ///< "Mar 2025" for a month, "Selected period" for the total
    double personalizationCost = 0;
    double acquisitionCost = 0;
    double otherCost = 0;
    qint64 reachedCustomers = 0; ///< exposed by the period's end, ordered in it
    qint64 controlCustomers = 0;
    qint64 newCustomers = 0;
    std::optional<double> costPerCustomer;
    /// (revenue per reached − per other customer) × reached customers.
    std::optional<double> incrementalRevenue;
    /// Welch 95% interval of the difference of the means, × reached customers.
    std::optional<std::pair<double, double>> incrementalCi95;
    std::optional<double> customerAcquisitionCost; ///< CAC
    std::optional<double> roiPercent;
    std::optional<double> paybackMonths;
    QString note; ///< why the figures that are missing are missing
};

/// One channel and category's cost prorated into the selected period.
struct RoiCostLine {
    QString channel;
    QString category;
    double amount = 0;
};

/// The ledger of a period.
struct RoiLedger {
    bool anyCosts = false; ///< the workspace holds at least one cost
    double grossMargin = 0.5;
    RoiLedgerRow total;                 ///< the selected period
    std::vector<RoiLedgerRow> months;   ///< oldest first, the last one ending with the period
    std::vector<RoiCostLine> byChannel; ///< largest amount first
    /// Personalization's effect on revenue adjusted for selection, as of the period's end
    /// (pvi/effect/pvi_effect.h), and the selected period's figures with the incremental revenue
    /// taken from it: the matched difference per personalized customer over its window × the
    /// reached customers × the period's days / the window's days (the same scaling for its
    /// interval). Empty when there is no adjusted estimate.
    SelectionEffect adjustedEffect;
    std::optional<RoiLedgerRow> adjustedTotal;
};

/// The ledger of `period` with `months` calendar months ending with the period's last day's
/// month (the last one cut at that day). Throws DbError.
RoiLedger computeRoiLedger(Workspace& workspace, const Period& period, int months = 12);

} // namespace pvi
