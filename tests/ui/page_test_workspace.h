#pragma once

#include "analytics/experiments/experiment_store.h"
#include "importers/demo_shop.h"
#include "importers/experiment_csv_importer.h"
#include "importers/import_runner.h"
#include "pvi/engine/personalization_rules.h"
#include "store/workspace.h"
#include "test_paths.h"

#include <QString>
#include <QStringList>

namespace pvi::test {

/// Builds the bundled demo shop's orders export with the demo's personalization rules at `path`
/// (not its other exports, so the pages see only the orders and what the test adds), then
/// imports the experiment CSVs named in `experimentFixtures` (files under tests/fixtures/stats/)
/// as `pvi abtest WS --import` does. Returns an error message, empty on success.
inline QString buildDemoWorkspace(const QString& path, const QStringList& experimentFixtures = {}) {
    auto opened = Workspace::open(path, Workspace::Mode::CreateOrOpen);
    if (!opened.workspace)
        return opened.error;
    Workspace& workspace = *opened.workspace;
    const ImportReport report = importFile(workspace, demoShopFiles().constFirst());
    if (!report.ok)
        return QStringLiteral("demo import failed");
    for (const DemoRule& rule : kDemoShopRules) {
        QString error;
        if (!PersonalizationRules::add(workspace, QString::fromLatin1(rule.kind),
                                       QString::fromLatin1(rule.pattern), &error))
            return error;
    }
    ExperimentStore store(workspace.db());
    for (const QString& name : experimentFixtures) {
        const ExperimentImport imported =
            importExperimentCsv(QStringLiteral(PVI_FIXTURES_DIR "/stats/") + name);
        if (!imported.ok())
            return imported.errors.join(QStringLiteral("; "));
        for (const Experiment& e : imported.experiments)
            store.save(e);
    }
    return {};
}

} // namespace pvi::test
