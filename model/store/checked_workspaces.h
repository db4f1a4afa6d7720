#pragma once

#include <QString>

namespace pvi {

// The workspace files SQLite's quick_check has found sound, remembered across processes in
// $XDG_CACHE_HOME/pvi-studio/checked-workspaces.tsv (at most kCapacity, the latest kept). A file
// is the same file only while its path, size, modification time (ns), SQLite change counter and
// its -wal file's size and time (when it holds changes) all are: a file received, copied, replaced
// or written by anything is checked again. The check reads every page, about as long as reading the
// whole workspace, so without this every `pvi` command and every window start paid it.
class CheckedWorkspaces {
public:
    static constexpr int kCapacity = 64;

    /// What identifies this version of the file at `path` (empty when it cannot be read).
    static QString stampOf(const QString& path);

    /// Whether the file at `path`, as it is now, passed the check before.
    static bool contains(const QString& path);
    /// Remembers that the file at `path`, as it is now, passed the check.
    static void add(const QString& path);
};

} // namespace pvi
