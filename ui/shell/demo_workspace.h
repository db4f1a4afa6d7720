#pragma once

#include <QString>
#include <QStringList>

namespace pvi {

/// The bundled demo shop's workspace in the user's data folder.
struct DemoWorkspace {
    QString path;        ///< the workspace file, when ready
    QStringList imports; ///< the bundled exports still to import (orders first), when any
    QString error;       ///< why it could not be prepared
};

/// Where the demo shop's workspace lives: demo-bakery.pvi in the user's data folder.
QString demoWorkspacePath();

/// Creates (once) the demo workspace under QStandardPaths::AppDataLocation with the demo shop's
/// personalization rules, as `pvi demo` does. The bundled exports the workspace has no import
/// batch of yet (all of them on the first start; the newer ones in a demo workspace made by an
/// older version) are listed in `imports`, for the window's import path (off the GUI thread);
/// the demo's survey marks, rules, targets and segment rules the workspace lacks are added when
/// there is anything to import (as `pvi demo` does).
DemoWorkspace ensureDemoWorkspace();

} // namespace pvi
