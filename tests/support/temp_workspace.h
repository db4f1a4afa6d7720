#pragma once

#include <QString>
#include <QTemporaryDir>

namespace pvi::test {

/// A scratch folder that lives as long as the test needs it; paths inside it for workspaces.
class TempDir {
public:
    TempDir();
    QString path(const QString& fileName) const;
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

/// Reads a whole file (for byte-for-byte comparisons); empty when it cannot be read.
QByteArray readAll(const QString& path);

} // namespace pvi::test
