#pragma once
// A workspace's data kept aside before a change and put back on request: how the window undoes
// the removal of an import batch, a rule, a cost or a target.

#include <QString>

namespace pvi {

class Workspace;

/// Writes a copy of the workspace's data to `copyPath` (a new file; one consistent snapshot,
/// copied page by page through SQLite's online backup). False with a message
/// when it cannot; then no file is left at `copyPath`. Never throws.
bool copyWorkspaceData(Workspace& workspace, const QString& copyPath, QString* error);

/// Puts the data of the copy at `copyPath` back into the workspace at `path`, in one step that
/// readers see entirely or not at all (SQLite's online backup into the open workspace). The copy
/// is checked like any workspace first. False with a message when it cannot; the workspace is
/// then as it was. Never throws.
bool restoreWorkspaceData(const QString& path, const QString& copyPath, QString* error);

} // namespace pvi
