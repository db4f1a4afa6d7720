#include "shell/demo_workspace.h"

#include "importers/demo_shop.h"
#include "importers/import_batches.h"
#include "pvi/engine/personalization_rules.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QDir>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// Adds the demo's rules the workspace does not have yet; false with the message on failure.
bool addMissingRules(Workspace& workspace, QString& error) {
    const std::vector<PersonalizationRule> existing = PersonalizationRules::list(workspace);
    for (const DemoRule& rule : kDemoShopRules) {
        const QString kind = QString::fromLatin1(rule.kind);
        const QString pattern = QString::fromLatin1(rule.pattern);
        const bool present =
            std::any_of(existing.begin(), existing.end(), [&](const PersonalizationRule& r) {
                return r.kind == kind && r.pattern.compare(pattern, Qt::CaseInsensitive) == 0;
            });
        if (!present && !PersonalizationRules::add(workspace, kind, pattern, &error))
            return false;
    }
    return true;
}

} // namespace

DemoWorkspace ensureDemoWorkspace() {
    DemoWorkspace demo;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder)) {
        demo.error = u"Cannot create the folder %1 for the demo shop."_s.arg(folder);
        return demo;
    }
    demo.path = QDir(folder).filePath(u"demo-bakery.pvi"_s);
    auto opened = Workspace::open(demo.path, Workspace::Mode::CreateOrOpen);
    if (!opened.workspace) {
        demo.error = opened.error;
        demo.path.clear();
        return demo;
    }
    try {
        QSet<QString> imported;
        for (const ImportBatchInfo& batch : listImportBatches(*opened.workspace))
            imported.insert(batch.filePath);
        for (const QString& file : demoShopFiles()) {
            if (!imported.contains(file))
                demo.imports.append(file);
        }
        if (!demo.imports.isEmpty() && !addMissingRules(*opened.workspace, demo.error))
            demo.imports.clear();
    } catch (const DbError& e) {
        demo.error = e.message();
        demo.imports.clear();
        demo.path.clear();
    }
    return demo;
}

} // namespace pvi
