#include "import/import_wizard_mapping_loader.h"

#include "store/db_error.h"
#include "store/workspace.h"

namespace pvi {

InitialMapping loadInitialMapping(const QString& workspacePath, const QStringList& header) {
    if (!workspacePath.isEmpty()) {
        auto opened = Workspace::open(workspacePath, Workspace::Mode::OpenExisting);
        if (opened.workspace) {
            try {
                if (auto saved = savedMapping(*opened.workspace, headerSignature(header)))
                    return {*saved, true};
            } catch (const DbError&) {
                // An unreadable workspace has no saved mapping to offer: fall back to a guess.
            }
        }
    }
    return {guessMapping(header), false};
}

} // namespace pvi
