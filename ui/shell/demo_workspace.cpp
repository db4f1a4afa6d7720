#include "shell/demo_workspace.h"

#include "importers/demo_shop.h"
#include "importers/import_batches.h"
#include "pvi/engine/demo_shop_setup.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pvi {

QString demoWorkspacePath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"demo-bakery.pvi"_s);
}

DemoWorkspace ensureDemoWorkspace() {
    DemoWorkspace demo;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder)) {
        demo.error = QCoreApplication::translate("pvi::DemoWorkspace",
                                                 "Cannot create the folder %1 for the demo shop.")
                         .arg(QDir::toNativeSeparators(folder));
        return demo;
    }
    demo.path = demoWorkspacePath();
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
        // The survey marks before the imports: the importer reads the ethics questions by them.
        // Then what `pvi demo` sets up too: the rules, the targets and the segment rules.
        if (!demo.imports.isEmpty() && (!addDemoSurveyMarks(*opened.workspace, &demo.error) ||
                                        !addDemoShopRules(*opened.workspace, &demo.error) ||
                                        !addDemoShopTargets(*opened.workspace, &demo.error) ||
                                        !addDemoSegmentRules(*opened.workspace, &demo.error)))
            demo.imports.clear();
    } catch (const DbError& e) {
        demo.error = e.message();
        demo.imports.clear();
        demo.path.clear();
    }
    return demo;
}

} // namespace pvi
