#include "pages/segments_loader.h"

#include "pages/workspace_reader.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/period_filter.h"
#include "pvi/engine/workspace_currency.h"
#include "pvi/segments/workspace_dimensions.h"
#include "store/workspace.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

void loadSegmentsInto(SegmentsData& data, Workspace& workspace, const PeriodFilter& filter,
                      const QString& by) {
    const MetricsQuery query = resolveQuery(workspace, filter);
    data.empty = !lastDayOfData(workspace).isValid();
    data.period = query.period;
    data.comparison = query.comparison;
    data.currency = workspaceCurrency(workspace);
    data.dimensions = workspaceDimensionNames(workspace);
    data.report = computeSegmentReport(workspace, data.period, by);
}

} // namespace

SegmentsData loadSegments(const QString& workspacePath, const PeriodFilter& filter,
                          const QString& by) {
    SegmentsData data;
    readWorkspace(data, workspacePath,
                  QCoreApplication::translate("SegmentsLoader", "The workspace could not be read"),
                  [&](Workspace& workspace) { loadSegmentsInto(data, workspace, filter, by); });
    return data;
}

} // namespace pvi
