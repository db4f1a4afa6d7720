#pragma once

#include <QString>

namespace pvi {

/// The bundled demo shop's workspace in the user's data folder.
struct DemoWorkspace {
    QString path;         ///< the workspace file, when ready
    QString ordersExport; ///< the bundled orders export to import when `needsImport`
    bool needsImport = false;
    QString error; ///< why it could not be prepared
};

/// Creates (once) the demo workspace under QStandardPaths::AppDataLocation with the demo shop's
/// personalization rules, as `pvi demo` does; the orders export is then imported through the
/// window's import path (off the GUI thread) when the workspace has no orders yet.
DemoWorkspace ensureDemoWorkspace();

} // namespace pvi
