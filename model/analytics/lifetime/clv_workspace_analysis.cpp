#include "analytics/lifetime/clv_workspace_analysis.h"

#include "store/db_error.h"

#include <QCoreApplication>

#include <future>
#include <utility>

namespace pvi {

ClvWorkspaceAnalysis analyzePurchaseDaysClv(std::vector<CustomerPurchaseDays> days, QDate asOf,
                                            ClvBacktestMode backtestMode, const ClvOptions& options,
                                            int holdoutWeeks) {
    ClvWorkspaceAnalysis result;
    result.asOf = asOf;
    if (days.empty()) {
        result.reason = QCoreApplication::translate(
                            "pvi::LifetimeText", "no valid orders with a customer on or before %1")
                            .arg(asOf.toString(Qt::ISODate));
        return result;
    }
    // The backtest refits the model on the weeks before the holdout: independent of the fit
    // below, it runs beside it (on the demo shop the fit is the last source a refresh waits for).
    std::future<ClvBacktest> backtest;
    if (backtestMode == ClvBacktestMode::Run)
        backtest = std::async(std::launch::async, [&days, asOf, holdoutWeeks] {
            return runClvBacktest(days, asOf, holdoutWeeks);
        });
    result.summaries = buildCustomerSummaries(days, asOf);
    result.analysis = analyzeClv(result.summaries, true, options);
    if (backtest.valid())
        result.backtest = backtest.get();
    else
        result.backtest.reason =
            QCoreApplication::translate("pvi::LifetimeText", "the backtest was not asked for");
    result.ok = true;
    return result;
}

ClvWorkspaceAnalysis analyzeWorkspaceClv(Database& db, QDate asOf, const ClvOptions& options,
                                         int holdoutWeeks) {
    std::vector<CustomerPurchaseDays> days;
    QString batches;
    try {
        days = mergePurchaseDays(loadValidOrderPurchases(db, asOf));
        batches = validOrderBatches(db, asOf);
    } catch (const DbError& e) {
        ClvWorkspaceAnalysis failed;
        failed.asOf = asOf;
        failed.reason =
            QCoreApplication::translate("pvi::LifetimeText", "could not read the orders: %1")
                .arg(e.message());
        return failed;
    }
    ClvWorkspaceAnalysis result =
        analyzePurchaseDaysClv(std::move(days), asOf, ClvBacktestMode::Run, options, holdoutWeeks);
    result.batches = std::move(batches);
    return result;
}

} // namespace pvi
