#pragma once

#include "cli/command.h"

#include <functional>

namespace pvi {
class Workspace;
}

namespace pvi::cli {

/// Whether `args` (after the subcommand's name) are `list WS.pvi [--json]`.
bool isListing(const QStringList& args);

/// Opens the workspace at `path` for the subcommand `name` ("pvi targets") and runs `action` on
/// it. A file that does not open, a read-only file when `writes` is set, or a database failure
/// inside `action` is reported on io.err with the subcommand's name and returns 1 (nothing
/// changed); otherwise `action`'s exit code.
int withWorkspace(const QString& path, const char* name, bool writes, Io& io,
                  const std::function<int(Workspace&)>& action);

} // namespace pvi::cli
