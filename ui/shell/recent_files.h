#pragma once

#include <QStringList>

namespace pvi {

/// The recently opened workspaces, most recent first, kept in QSettings.
class RecentFiles {
public:
    /// At most this many entries are kept.
    static constexpr int kMaxEntries = 8;

    /// The stored list (entries whose file no longer exists are dropped).
    static QStringList list();
    /// Moves `path` to the front of the list.
    static void add(const QString& path);
    /// Empties the list.
    static void clear();
};

} // namespace pvi
