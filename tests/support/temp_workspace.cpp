#include "temp_workspace.h"

#include <QFile>

namespace pvi::test {

TempDir::TempDir() = default;

QString TempDir::path(const QString& fileName) const {
    return m_dir.filePath(fileName);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace pvi::test
