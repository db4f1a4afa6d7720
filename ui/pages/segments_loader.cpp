#include "pages/segments_loader.h"

#include "pvi/metrics_engine.h"
#include "pvi/workspace_currency.h"
#include "store/workspace.h"

#include <exception>

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
    auto opened = Workspace::open(workspacePath, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        data.error = opened.error;
        return data;
    }
    try {
        loadInto(data, *opened.workspace, filter);
    } catch (const std::exception& e) {
        // The model reports failures as values; this is the last guard before the GUI.
        data.error = u"The workspace could not be read: %1"_s.arg(QString::fromUtf8(e.what()));
    }
    return data;
}

} // namespace pvi
