#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

namespace pvi::fuzz {

/// A scratch file the readers under test open by path: each input is written into it. One per
/// process (named after the process id) in the temporary folder.
inline QString inputFile(const uint8_t* data, size_t size, const char* suffix) {
    static const QString base =
        QDir::temp().filePath(QStringLiteral("pvi-fuzz-%1").arg(::getpid()));
    const QString path = base + QLatin1String(suffix);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}

} // namespace pvi::fuzz
