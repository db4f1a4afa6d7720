#include "shell/demo_workspace.h"

#include "importers/demo_shop.h"
#include "importers/workspace_contents.h"
#include "pvi/personalization_rules.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pvi {

DemoWorkspace ensureDemoWorkspace() {
    DemoWorkspace demo;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder)) {
        demo.error = u"Cannot create the folder %1 for the demo shop."_s.arg(folder);
        return demo;
    }
    demo.path = QDir(folder).filePath(u"demo-bakery.pvi"_s);
    demo.ordersExport = demoShopOrdersPath();
    auto opened = Workspace::open(demo.path, Workspace::Mode::CreateOrOpen);
    if (!opened.workspace) {
        demo.error = opened.error;
        demo.path.clear();
        return demo;
    }
    try {
        const WorkspaceContents contents = workspaceContents(*opened.workspace);
        if (contents.rules == 0) {
            for (const DemoRule& rule : kDemoShopRules) {
                QString error;
                if (!PersonalizationRules::add(*opened.workspace, QString::fromLatin1(rule.kind),
                                               QString::fromLatin1(rule.pattern), &error)) {
                    demo.error = error;
                    return demo;
                }
            }
        }
        demo.needsImport = contents.orders == 0;
    } catch (const DbError& e) {
        demo.error = e.message();
        demo.path.clear();
    }
    return demo;
}

} // namespace pvi
