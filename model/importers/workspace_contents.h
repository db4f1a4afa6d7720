#pragma once

#include <cstdint>

namespace pvi {

class Workspace;

/// How much a workspace holds, to tell an empty one (safe to reuse) from one with data.
struct WorkspaceContents {
    std::int64_t importBatches = 0;
    std::int64_t customers = 0;
    std::int64_t orders = 0;
    std::int64_t rules = 0;

    bool isEmpty() const { return importBatches + customers + orders + rules == 0; }
};

/// Counts the workspace's batches, customers, orders and personalization rules.
/// Throws DbError on a database failure.
WorkspaceContents workspaceContents(Workspace& workspace);

} // namespace pvi
