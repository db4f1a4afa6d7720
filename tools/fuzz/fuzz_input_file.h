#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

namespace pvi::fuzz {

/// The scratch files a process wrote, removed when it ends (a corpus replay in the test suite
/// must not leave them in the temporary folder).
struct ScratchFiles {
    QStringList paths;
    ScratchFiles() = default;
    ScratchFiles(const ScratchFiles&) = delete;
    ScratchFiles& operator=(const ScratchFiles&) = delete;
    ~ScratchFiles() {
        for (const QString& path : paths)
            QFile::remove(path);
    }
};

/// A scratch file the readers under test open by path: each input is written into it. One per
/// process and suffix (named after the process id) in the temporary folder.
inline QString inputFile(const uint8_t* data, size_t size, const char* suffix) {
    static const QString base =
        QDir::temp().filePath(QStringLiteral("pvi-fuzz-%1").arg(::getpid()));
    static ScratchFiles scratch;
    const QString path = base + QLatin1String(suffix);
    if (!scratch.paths.contains(path))
        scratch.paths.append(path);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}

} // namespace pvi::fuzz
