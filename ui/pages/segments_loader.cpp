#include "pages/segments_loader.h"

#include "pages/workspace_reader.h"
#include "pvi/metrics_engine.h"
#include "pvi/workspace_currency.h"
#include "store/workspace.h"

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

void loadInto(SegmentsData& data, Workspace& workspace, const DashboardFilter& filter) {
    const MetricsQuery defaults = defaultMetricsQuery(workspace);
    data.empty = !defaults.period.isValid();
    if (!data.empty || filter.preset == DashboardFilter::Preset::Custom) {
        data.period = filter.period(data.empty ? QDate() : defaults.period.to);
        data.comparison = filter.comparisonPeriod(data.period);
    }
    data.currency = workspaceCurrency(workspace);
    data.report = computeSegmentReport(workspace, data.period);
}

} // namespace

SegmentsData loadSegments(const QString& workspacePath, const DashboardFilter& filter) {
    SegmentsData data;
    readWorkspace(data, workspacePath, u"The workspace could not be read"_s,
                  [&](Workspace& workspace) { loadInto(data, workspace, filter); });
    return data;
}

} // namespace pvi
