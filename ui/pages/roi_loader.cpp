#include "pages/roi_loader.h"

#include "pages/workspace_reader.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/period_filter.h"
#include "pvi/engine/workspace_currency.h"
#include "store/workspace.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// Months in the ledger's monthly rows and chart.
constexpr int kLedgerMonths = 12;

void loadRoiInto(RoiData& data, Workspace& workspace, const PeriodFilter& filter) {
    const MetricsQuery query = resolveQuery(workspace, filter);
    data.period = query.period;
    data.comparison = query.comparison;
    data.currency = workspaceCurrency(workspace);
    data.ledger = computeRoiLedger(workspace, data.period, kLedgerMonths);
    if (!data.ledger.anyCosts)
        data.unavailable = QCoreApplication::translate(
            "RoiLoader", "Not available — this workspace has no costs yet. Import a costs CSV "
                         "(Period start, Period end, Channel, Category "
                         "personalization/acquisition/other, Amount) with File › Import… or `pvi "
                         "import WS.pvi costs.csv` to see what personalization costs and returns.");
    else if (!data.period.isValid())
        data.unavailable = QCoreApplication::translate(
            "RoiLoader", "Not available — the workspace has no orders to compare the costs with: "
                         "import a Shopify orders export.");
}

} // namespace

RoiData loadRoi(const QString& workspacePath, const PeriodFilter& filter) {
    RoiData data;
    readWorkspace(data, workspacePath,
                  QCoreApplication::translate("RoiLoader", "The workspace could not be read"),
                  [&](Workspace& workspace) { loadRoiInto(data, workspace, filter); });
    return data;
}

} // namespace pvi
