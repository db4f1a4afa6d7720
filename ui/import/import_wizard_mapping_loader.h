#pragma once

#include "importers/column_mapping.h"

#include <QString>
#include <QStringList>

namespace pvi {

/// The mapping the wizard starts from for a generic file, and where it came from.
struct InitialMapping {
    ColumnMapping mapping;
    /// True when it was saved in the workspace by an earlier import of the same header.
    bool saved = false;
};

/// The mapping saved in the workspace at `workspacePath` for this header's signature, or a guess
/// from the column names when there is none (or the workspace cannot be read). Opens its own
/// connection: call it from a worker thread.
InitialMapping loadInitialMapping(const QString& workspacePath, const QStringList& header);

} // namespace pvi
