#include "pages/data_page_loader.h"

#include "importers/importer_registry.h"
#include "importers/importer_spec.h"
#include "pages/workspace_reader.h"
#include "pvi/engine/period_filter.h"
#include "pvi/engine/pvi_registry.h"
#include "pvi/engine/pvi_run_cache.h"
#include "pvi/monitoring/pvi_targets.h"
#include "store/workspace.h"
#include "widgets/pvi_text.h"

#include <QCoreApplication>

#include <algorithm>
#include <exception>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

std::vector<DataTargetRow> targetRows(Workspace& workspace, const PeriodFilter& filter) {
    std::vector<DataTargetRow> rows;
    const std::vector<StoredTarget> targets = loadTargets(workspace.db());
    if (targets.empty())
        return rows;
    const std::shared_ptr<const PviRun> run =
        PviRunCache::shared().run(workspace, resolveQuery(workspace, filter));
    for (const StoredTarget& t : targets) {
        DataTargetRow row;
        row.target = t;
        row.title = t.pviId;
        if (const PviDefinition* def = PviRegistry::find(t.pviId)) {
            row.title = translated(*def).title;
            row.unit = pviUnitName(def->unit);
            row.direction = def->direction;
        }
        const PviResult* result = run->find(t.pviId);
        if (result != nullptr && result->value)
            row.value = result->value;
        row.assessment = assessTarget(row.value.value_or(std::numeric_limits<double>::quiet_NaN()),
                                      t.bounds, targetDirectionOf(t.pviId));
        if (row.assessment.status == TargetStatus::NotAvailable && row.assessment.reason.isEmpty())
            row.assessment.reason = result != nullptr && !result->reason.isEmpty()
                                        ? result->reason
                                        : QCoreApplication::translate(
                                              "DataPageLoader", "no value in the selected period");
        rows.push_back(row);
    }
    return rows;
}

} // namespace

DataPageData loadDataPage(const QString& workspacePath, const PeriodFilter& filter) {
    DataPageData data;
    readWorkspace(data, workspacePath,
                  QCoreApplication::translate("DataPageLoader", "The workspace could not be read"),
                  [&](Workspace& workspace) {
                      data.batches = listImportBatches(workspace);
                      data.rules = PersonalizationRules::list(workspace);
                      data.segmentRules = loadSegmentRules(workspace.db());
                      data.surveyQuestions = listSurveyQuestions(workspace.db());
                      data.costs = loadCostRows(workspace.db());
                      data.settings = loadSettingValues(workspace);
                      data.targets = targetRows(workspace, filter);
                      data.readOnlyReason = workspace.readOnlyReason();
                  });
    return data;
}

ImportReport loadBatchReport(const QString& workspacePath, std::int64_t batchId) {
    ImportReport report;
    report.batchId = batchId;
    auto opened = Workspace::open(workspacePath, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        report.error = opened.error;
        return report;
    }
    try {
        Workspace& workspace = *opened.workspace;
        const std::vector<ImportBatchInfo> batches = listImportBatches(workspace);
        const auto batch = std::find_if(batches.begin(), batches.end(),
                                        [&](const ImportBatchInfo& b) { return b.id == batchId; });
        if (batch == batches.end()) {
            report.error = QCoreApplication::translate("DataPageLoader",
                                                       "there is no import batch %1 any more")
                               .arg(batchId);
            return report;
        }
        report.file = batch->filePath.isEmpty() ? batch->fileName : batch->filePath;
        report.source = batch->source;
        if (const ImporterSpec* spec = ImporterRegistry::instance().find(batch->source))
            report.sourceTitle = spec->title;
        report.ok = true;
        report.rowsRead = batch->rowsRead;
        report.recordsAdded = batch->recordsAdded;
        report.recordsUpdated = batch->recordsUpdated;
        report.recordsUnchanged = batch->recordsUnchanged;
        report.customersAdded = batch->customersAdded;
        report.customersMatched = batch->customersMatched;
        report.issues = importBatchIssues(workspace, batchId);
    } catch (const std::exception& e) {
        report.error =
            QCoreApplication::translate("DataPageLoader", "the import report could not be read: %1")
                .arg(QString::fromUtf8(e.what()));
    }
    return report;
}

} // namespace pvi
