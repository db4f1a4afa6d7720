#include "analytics/lifetime/clv_workspace_analysis.h"

#include "store/db_error.h"

#include <QCoreApplication>

namespace pvi {

ClvWorkspaceAnalysis analyzeWorkspaceClv(Database& db, QDate asOf, const ClvOptions& options,
                                         int holdoutWeeks) {
    ClvWorkspaceAnalysis result;
    result.asOf = asOf;
    std::vector<CustomerPurchaseDays> days;
    try {
        days = mergePurchaseDays(loadValidOrderPurchases(db, asOf));
        result.batches = validOrderBatches(db, asOf);
    } catch (const DbError& e) {
        result.reason =
            QCoreApplication::translate("pvi::LifetimeText", "could not read the orders: %1")
                .arg(e.message());
        return result;
    }
    if (days.empty()) {
        result.reason = QCoreApplication::translate(
                            "pvi::LifetimeText", "no valid orders with a customer on or before %1")
                            .arg(asOf.toString(Qt::ISODate));
        return result;
    }
    result.summaries = buildCustomerSummaries(days, asOf);
    result.analysis = analyzeClv(result.summaries, true, options);
    result.backtest = runClvBacktest(days, asOf, holdoutWeeks);
    result.ok = true;
    return result;
}

} // namespace pvi
