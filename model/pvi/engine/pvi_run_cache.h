#pragma once
// The runs the window has computed, kept per workspace state, period and comparison: switching
// pages, or back to a period already seen, shows the results without computing them again, and
// two pages asking for the same run at once share one computation.

#include "pvi/engine/period_filter.h"
#include "pvi/engine/pvi_engine.h"

#include <QString>

#include <condition_variable>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>

namespace pvi {

/// What identifies the state of a workspace's data on disk: the size and modification time of
/// its database file and of its write-ahead log (with the log's salts, which change when the log
/// restarts). Any committed write, by this process or another, gives a new stamp. An empty or
/// missing log counts as no log, so opening and closing the workspace does not change it.
struct WorkspaceStamp {
    std::int64_t size = -1;
    std::int64_t modifiedNs = 0;
    std::int64_t walSize = 0;
    std::int64_t walModifiedNs = 0;
    std::uint64_t walSalts = 0;

    bool operator==(const WorkspaceStamp&) const = default;
};

/// The stamp of the workspace file at `path` now (size −1 when it cannot be read).
WorkspaceStamp workspaceStamp(const QString& path);

/// Sparkline points of the runs the window shows (the Overview's tiles).
inline constexpr int kWindowSparklinePoints = 8;

/// Process-wide cache of the last runs (thread-safe: the pages load on worker threads).
class PviRunCache {
public:
    /// The cache the window's pages share.
    static PviRunCache& shared();

    /// The run of `query` over `workspace`'s current data, with kWindowSparklinePoints sparkline
    /// points: from the cache when the workspace's stamp, the period and the comparison match a
    /// kept run; else computed on this thread (a request for the same run already computing on
    /// another thread waits for it instead). Never throws.
    std::shared_ptr<const PviRun> run(Workspace& workspace, const MetricsQuery& query);

    /// Starts computing, on Qt's global thread pool, the run a window opening `workspacePath` on
    /// `filter` asks for first, so that building the window overlaps it: the page's own request
    /// then waits for this one or finds it kept. Errors are left for that request to report.
    void prefetch(const QString& workspacePath, const PeriodFilter& filter);

    /// Forgets every run of the workspace at `path` (after this process wrote to it).
    void invalidate(const QString& path);
    /// Forgets every run.
    void clear();

    /// Runs computed so far (not served from the cache): what tests count.
    std::int64_t computedRuns() const;

    /// Runs kept at most; the oldest used is dropped first.
    static constexpr int kCapacity = 8;

private:
    struct Entry {
        QString path;
        WorkspaceStamp stamp;
        MetricsQuery query;
        std::shared_ptr<const PviRun> run; ///< null while it computes
    };

    std::list<Entry>::iterator findLocked(const QString& path, const WorkspaceStamp& stamp,
                                          const MetricsQuery& query);

    mutable std::mutex m_mutex;
    std::condition_variable m_computed;
    std::list<Entry> m_entries; ///< most recently used first
    std::int64_t m_computedRuns = 0;
};

} // namespace pvi
