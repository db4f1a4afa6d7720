#include "pages/experiments_loader.h"

#include "analytics/experiment_store.h"
#include "store/workspace.h"

#include <exception>

using namespace Qt::StringLiterals;

namespace pvi {

ExperimentsData loadExperiments(const QString& workspacePath, const QDate& asOf) {
    ExperimentsData data;
    data.asOf = asOf;
    auto opened = Workspace::open(workspacePath, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        data.error = opened.error;
        return data;
    }
    try {
        ExperimentStore store(opened.workspace->db());
        data.experiments = store.loadAll();
        for (const Experiment& experiment : data.experiments)
            data.analyses.push_back(analyzeExperiment(experiment));
        data.portfolio = analyzePortfolio(data.analyses, asOf);
    } catch (const std::exception& e) {
        // The model reports failures as values; this is the last guard before the GUI.
        data.error = u"The experiments could not be read: %1"_s.arg(QString::fromUtf8(e.what()));
    }
    return data;
}

QString saveExperiment(const QString& workspacePath, const Experiment& experiment) {
    auto opened = Workspace::open(workspacePath, Workspace::Mode::OpenExisting);
    if (!opened.workspace)
        return opened.error;
    try {
        ExperimentStore(opened.workspace->db()).save(experiment);
    } catch (const std::exception& e) {
        return u"The experiment could not be stored: %1"_s.arg(QString::fromUtf8(e.what()));
    }
    return {};
}

} // namespace pvi
