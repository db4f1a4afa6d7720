#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

struct zip;

namespace pvi {

/// Reads members of a zip archive (a .zip of CSV files, or the parts of an .xlsx workbook)
/// into memory, never more than a given number of bytes each: the archive is untrusted input.
class ZipArchive {
public:
    explicit ZipArchive(const QString& file);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    /// Reads the archive's directory; false (error() says why) when it is not a readable zip.
    bool open();
    /// The file members whose names are safe (no absolute path, drive or `..`), directories and
    /// macOS resource forks left out, in the archive's order.
    const QStringList& fileNames() const { return m_names; }
    /// Names of members refused because they point outside the archive (`../x`, `/etc/x`).
    const QStringList& unsafeNames() const { return m_unsafe; }
    /// Reads one member whole into `out`; false when it is missing, damaged, or expands to more
    /// than `limit` bytes (then nothing more than `limit` bytes was ever held).
    bool read(const QString& name, qint64 limit, QByteArray& out);
    /// Why the last call failed: a sentence naming the archive and the member.
    const QString& error() const { return m_error; }

    /// True for a member name that stays inside the archive.
    static bool isSafeName(const QString& name);
    /// Why a member named `member` of the archive `archiveName` is not read.
    static QString unsafeNameMessage(const QString& archiveName, const QString& member);

private:
    bool fail(const QString& message);

    QString m_file;
    zip* m_zip = nullptr;
    QStringList m_names;
    QStringList m_unsafe;
    QString m_error;
};

} // namespace pvi
