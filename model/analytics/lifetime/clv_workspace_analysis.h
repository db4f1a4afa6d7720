#pragma once

#include "analytics/lifetime/clv_backtest.h"
#include "analytics/lifetime/clv_predictions.h"

#include <QDate>
#include <QString>

#include <vector>

namespace pvi {

class Database;

/// Lifetime value of a workspace's customers as of a date: summaries built from the valid
/// orders, both fits, per-customer predictions and the backtest.
struct ClvWorkspaceAnalysis {
    bool ok = false;                        ///< false with a reason when no orders could be read
    QString reason;                         ///< why there is nothing (store failure, no orders)
    QDate asOf;                             ///< end of the calibration period (inclusive)
    QString batches;                        ///< import batches behind the orders used, "1,4,7"
    std::vector<CustomerSummary> summaries; ///< one per customer with a valid order by asOf
    ClvAnalysis analysis;                   ///< fits and predictions on all the data up to asOf
    ClvBacktest backtest;                   ///< fit on all but the last weeks, predicted on them
};

/// Whether an analysis also backtests the model: the Lifetime value page and `pvi clv` show the
/// backtest; the PVIs read the fits and predictions alone.
enum class ClvBacktestMode { Run, Skip };

/// Runs the analysis on each customer's purchase days (mergePurchaseDays) up to asOf: the
/// summaries, both fits, the predictions and, unless skipped, the backtest (left with a reason
/// and ok = false when skipped). Leaves `batches` empty. holdoutWeeks = 0 uses the default
/// backtest holdout.
ClvWorkspaceAnalysis analyzePurchaseDaysClv(std::vector<CustomerPurchaseDays> days, QDate asOf,
                                            ClvBacktestMode backtestMode,
                                            const ClvOptions& options = {}, int holdoutWeeks = 0);

/// Reads the valid orders dated on or before asOf and runs the analysis (never throws).
/// holdoutWeeks = 0 uses the default backtest holdout.
ClvWorkspaceAnalysis analyzeWorkspaceClv(Database& db, QDate asOf, const ClvOptions& options = {},
                                         int holdoutWeeks = 0);

} // namespace pvi
