#include "shell/recent_files.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

const QString kKey = u"recentWorkspaces"_s;

} // namespace

QStringList RecentFiles::list() {
    QStringList result;
    const QStringList stored = QSettings().value(kKey).toStringList();
    for (const QString& path : stored) {
        if (QFileInfo::exists(path))
            result.append(path);
    }
    return result;
}

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList entries = list();
    entries.removeAll(absolute);
    entries.prepend(absolute);
    while (entries.size() > kMaxEntries)
        entries.removeLast();
    QSettings().setValue(kKey, entries);
}

void RecentFiles::clear() {
    QSettings().remove(kKey);
}

} // namespace pvi
