#include "pvi/engine/pvi_run_cache.h"

#include "pvi/engine/work_pool.h"
#include "store/workspace.h"

#include <QFileInfo>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>
#include <sys/stat.h>

namespace pvi {

namespace {

/// The write-ahead log's header: magic, version, page size, checkpoint sequence, salt-1, salt-2.
constexpr std::int64_t kWalHeaderBytes = 32;

std::int64_t modifiedNs(const struct stat& st) {
    return std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

/// Salt-1 and salt-2 of the log at `walPath` (big-endian words at bytes 16 to 23).
std::uint64_t walSalts(const QByteArray& walPath) {
    std::FILE* file = std::fopen(walPath.constData(), "rb");
    if (file == nullptr)
        return 0;
    unsigned char header[kWalHeaderBytes] = {};
    const std::size_t read = std::fread(header, 1, sizeof header, file);
    std::fclose(file);
    if (read != sizeof header)
        return 0;
    std::uint64_t salts = 0;
    for (int i = 16; i < 24; ++i)
        salts = (salts << 8) | header[i];
    return salts;
}

bool sameQuery(const MetricsQuery& a, const MetricsQuery& b) {
    return a.period.from == b.period.from && a.period.to == b.period.to &&
           a.comparison.from == b.comparison.from && a.comparison.to == b.comparison.to;
}

} // namespace

WorkspaceStamp workspaceStamp(const QString& path) {
    WorkspaceStamp stamp;
    const QByteArray file = QFileInfo(path).absoluteFilePath().toLocal8Bit();
    struct stat st {};
    if (::stat(file.constData(), &st) != 0)
        return stamp;
    stamp.size = st.st_size;
    stamp.modifiedNs = modifiedNs(st);
    const QByteArray wal = file + "-wal";
    struct stat walSt {};
    if (::stat(wal.constData(), &walSt) == 0 && walSt.st_size >= kWalHeaderBytes) {
        stamp.walSize = walSt.st_size;
        stamp.walModifiedNs = modifiedNs(walSt);
        stamp.walSalts = walSalts(wal);
    }
    return stamp;
}

PviRunCache& PviRunCache::shared() {
    static PviRunCache cache;
    return cache;
}

std::list<PviRunCache::Entry>::iterator PviRunCache::findLocked(const QString& path,
                                                                const WorkspaceStamp& stamp,
                                                                const MetricsQuery& query) {
    return std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) {
        return e.path == path && e.stamp == stamp && sameQuery(e.query, query);
    });
}

void PviRunCache::prefetch(const QString& workspacePath, const PeriodFilter& filter) {
    workPool().start([this, workspacePath, filter] {
        try {
            auto opened = Workspace::open(workspacePath, Workspace::Mode::OpenExisting);
            if (opened.workspace)
                run(*opened.workspace, resolveQuery(*opened.workspace, filter));
        } catch (const std::exception&) {
            // The page's own request opens the workspace again and says what went wrong.
        }
    });
}

std::shared_ptr<const PviRun> PviRunCache::run(Workspace& workspace, const MetricsQuery& query) {
    const QString path = QFileInfo(workspace.path()).absoluteFilePath();
    const WorkspaceStamp stamp = workspaceStamp(path);
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            const auto found = findLocked(path, stamp, query);
            if (found == m_entries.end())
                break;
            if (found->run) {
                m_entries.splice(m_entries.begin(), m_entries, found);
                return found->run;
            }
            m_computed.wait(lock); // the same run is computing on another thread
        }
        m_entries.push_front({path, stamp, query, nullptr});
    }

    auto computed =
        std::make_shared<const PviRun>(computeRun(workspace, query, kWindowSparklinePoints));

    std::lock_guard lock(m_mutex);
    ++m_computedRuns;
    // The placeholder may have been dropped by invalidate(): then the run is returned, not kept.
    const auto placeholder = findLocked(path, stamp, query);
    if (placeholder != m_entries.end() && !placeholder->run) {
        placeholder->run = computed;
        m_entries.splice(m_entries.begin(), m_entries, placeholder);
    }
    while (int(m_entries.size()) > kCapacity && m_entries.back().run)
        m_entries.pop_back();
    m_computed.notify_all();
    return computed;
}

void PviRunCache::invalidate(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    std::lock_guard lock(m_mutex);
    m_entries.remove_if([&](const Entry& e) { return e.path == absolute; });
    m_computed.notify_all();
}

void PviRunCache::clear() {
    std::lock_guard lock(m_mutex);
    m_entries.clear();
    m_computed.notify_all();
}

std::int64_t PviRunCache::computedRuns() const {
    std::lock_guard lock(m_mutex);
    return m_computedRuns;
}

} // namespace pvi
