#pragma once

#include "pvi/engine/period_filter.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pvi {

/// What the window remembers of each workspace: its geometry, the page last shown and the
/// filter's period and comparison. Kept in QSettings under workspaces/<key>, where the key is
/// a hash of the workspace's absolute path; saved when the window closes or opens another
/// workspace, restored when the workspace is opened again.
struct WorkspaceMemory {
    QByteArray geometry; ///< QWidget::saveGeometry(); empty for none
    QString page;        ///< the page's id; empty for none
    std::optional<PeriodFilter> filter;

    /// What was remembered of the workspace at `path`; empty when nothing was.
    static WorkspaceMemory load(const QString& path);
    /// Remembers this for the workspace at `path`.
    void save(const QString& path) const;
    /// The settings group of the workspace at `path` ("workspaces/" and a SHA-1 of the path).
    static QString group(const QString& path);
};

} // namespace pvi
