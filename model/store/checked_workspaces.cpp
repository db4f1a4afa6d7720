#include "store/checked_workspaces.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>
#include <mutex>
#include <sys/stat.h>

namespace pvi {

namespace {

std::mutex& fileMutex() {
    static std::mutex mutex;
    return mutex;
}

QString recordPath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/pvi-studio/checked-workspaces.tsv");
}

/// "size:mtime-ns" of a file, or "-" when it does not exist.
QString fileStamp(const QByteArray& path) {
    struct stat st {};
    if (::stat(path.constData(), &st) != 0)
        return QStringLiteral("-");
    return QStringLiteral("%1:%2.%3")
        .arg(static_cast<qint64>(st.st_size))
        .arg(static_cast<qint64>(st.st_mtim.tv_sec))
        .arg(static_cast<qint64>(st.st_mtim.tv_nsec));
}

/// The -wal file's stamp; an empty one holds nothing (SQLite makes it at each first read).
QString walStamp(const QByteArray& path) {
    const QString stamp = fileStamp(path);
    return stamp.startsWith(QLatin1String("0:")) ? QStringLiteral("-") : stamp;
}

/// The lines of the record, oldest first.
QStringList readRecord() {
    QFile file(recordPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    // A damaged or foreign record only costs checks: at most the capacity's worth of lines.
    while (!file.atEnd() && lines.size() <= CheckedWorkspaces::kCapacity)
        lines << QString::fromUtf8(file.readLine(4096)).trimmed();
    return lines;
}

} // namespace

QString CheckedWorkspaces::stampOf(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // SQLite's file change counter: bytes 24–27 of the header, bumped by every write transaction
    // that is not in WAL mode.
    const QByteArray header = file.read(28);
    if (header.size() < 28)
        return {};
    const QByteArray encoded = QFile::encodeName(absolute);
    return QStringLiteral("%1\t%2\t%3\t%4")
        .arg(absolute, fileStamp(encoded), QString::fromLatin1(header.mid(24, 4).toHex()),
             walStamp(encoded + "-wal"));
}

bool CheckedWorkspaces::contains(const QString& path) {
    const QString stamp = stampOf(path);
    if (stamp.isEmpty())
        return false;
    const std::lock_guard lock(fileMutex());
    return readRecord().contains(stamp);
}

void CheckedWorkspaces::add(const QString& path) {
    const QString stamp = stampOf(path);
    if (stamp.isEmpty())
        return;
    const std::lock_guard lock(fileMutex());
    QStringList lines = readRecord();
    const QString absolute = stamp.section(u'\t', 0, 0) + u'\t';
    // One line per path: its latest version.
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [&](const QString& line) {
                                   return line.isEmpty() || line.startsWith(absolute);
                               }),
                lines.end());
    lines << stamp;
    while (lines.size() > kCapacity)
        lines.removeFirst();
    const QString record = recordPath();
    if (!QDir().mkpath(QFileInfo(record).absolutePath()))
        return;
    // Written whole and renamed into place: another process reads the old record or the new.
    QSaveFile file(record);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(lines.join(u'\n').toUtf8() + '\n');
    file.commit();
}

} // namespace pvi
