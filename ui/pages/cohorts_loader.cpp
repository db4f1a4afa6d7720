#include "pages/cohorts_loader.h"

#include "pages/workspace_reader.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/period_filter.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/workspace_currency.h"
#include "pvi/reports/cohort_report.h"
#include "store/workspace.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

constexpr CohortGroup kGroups[] = {CohortGroup::All, CohortGroup::Personalized,
                                   CohortGroup::Generic};
constexpr CohortMeasure kMeasures[] = {CohortMeasure::ActivePercent,
                                       CohortMeasure::OrdersPerCustomer,
                                       CohortMeasure::RevenuePerCustomer};

void loadCohortsInto(CohortsData& data, Workspace& workspace, const PeriodFilter& filter) {
    const MetricsQuery query = resolveQuery(workspace, filter);
    data.empty = !lastDayOfData(workspace).isValid();
    data.period = query.period;
    data.comparison = query.comparison;
    data.currency = workspaceCurrency(workspace);
    data.hasRules = !PersonalizationRules::list(workspace).empty();
    if (!data.period.isValid())
        return;
    data.matrix = computeCohorts(workspace, data.period.to);
    for (const CohortGroup group : kGroups) {
        for (const CohortMeasure measure : kMeasures)
            data.curves[static_cast<std::size_t>(group)][static_cast<std::size_t>(measure)] =
                cohortCurve(data.rows(group), measure, data.period.to);
    }
}

} // namespace

CohortsData loadCohorts(const QString& workspacePath, const PeriodFilter& filter) {
    CohortsData data;
    readWorkspace(data, workspacePath,
                  QCoreApplication::translate("CohortsLoader", "The workspace could not be read"),
                  [&](Workspace& workspace) { loadCohortsInto(data, workspace, filter); });
    return data;
}

} // namespace pvi
