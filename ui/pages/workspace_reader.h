#pragma once

#include "store/workspace.h"

#include <QString>

#include <exception>

namespace pvi {

/// What every page loader does around its own work: opens the workspace at `path` on its own
/// connection (safe on a worker thread) and runs `fill(workspace)`. A workspace that cannot be
/// opened, or an exception the model lets through, becomes `data.error` ("<failure>: <what>");
/// nothing is thrown into the GUI.
template <typename Data, typename Fill>
void readWorkspace(Data& data, const QString& path, const QString& failure, Fill fill) {
    auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        data.error = opened.error;
        return;
    }
    try {
        fill(*opened.workspace);
    } catch (const std::exception& e) {
        // The model reports failures as values; this is the last guard before the GUI.
        data.error = QStringLiteral("%1: %2").arg(failure, QString::fromUtf8(e.what()));
    }
}

} // namespace pvi
