#include "pages/experiments_loader.h"

#include "analytics/experiments/experiment_store.h"
#include "pages/workspace_reader.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <exception>

using namespace Qt::StringLiterals;

namespace pvi {

ExperimentsData loadExperiments(const QString& workspacePath, const QDate& asOf) {
    ExperimentsData data;
    data.asOf = asOf;
    readWorkspace(
        data, workspacePath,
        QCoreApplication::translate("ExperimentsLoader", "The experiments could not be read"),
        [&](Workspace& workspace) {
            data.readOnlyReason = workspace.readOnlyReason();
            ExperimentStore store(workspace.db());
            data.experiments = store.loadAll();
            for (const Experiment& experiment : data.experiments) {
                data.analyses.push_back(analyzeExperiment(experiment));
                data.cuped.push_back(analyzeCuped(workspace, experiment));
            }
            for (PlanMetric metric :
                 {PlanMetric::Conversion, PlanMetric::Orders, PlanMetric::Email})
                data.traffic.push_back(readTrafficBaseline(workspace, metric, asOf));
            data.portfolio = analyzePortfolio(data.analyses, asOf);
        });
    return data;
}

QString saveExperiment(const QString& workspacePath, const Experiment& experiment) {
    auto opened = Workspace::open(workspacePath, Workspace::Mode::OpenExisting);
    if (!opened.workspace)
        return opened.error;
    if (opened.workspace->isReadOnly())
        return QCoreApplication::translate(
                   "ExperimentsLoader",
                   "The experiment was not stored: the workspace is read-only (%1).")
            .arg(opened.workspace->readOnlyReason());
    try {
        ExperimentStore(opened.workspace->db()).save(experiment);
    } catch (const std::exception& e) {
        return QCoreApplication::translate("ExperimentsLoader",
                                           "The experiment could not be stored: %1")
            .arg(QString::fromUtf8(e.what()));
    }
    return {};
}

} // namespace pvi
