#include "io/containers/zip_archive.h"

#include "io/containers/container_limits.h"

#include <QFileInfo>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace pvi {

ZipArchive::ZipArchive(const QString& file)
    : m_file(file)
    , m_zip(std::make_unique<QuaZip>(file)) {}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::fail(const QString& message) {
    m_error = message;
    return false;
}

bool ZipArchive::isSafeName(const QString& name) {
    if (name.isEmpty() || name.startsWith(u'/') || name.startsWith(u'\\') || name.contains(u':'))
        return false;
    const QStringList parts = QString(name).replace(u'\\', u'/').split(u'/');
    return !parts.contains(QStringLiteral(".."));
}

bool ZipArchive::open() {
    const QString name = QFileInfo(m_file).fileName();
    if (!QFileInfo(m_file).isFile())
        return fail(QStringLiteral("%1 cannot be opened: no such file.").arg(name));
    if (!m_zip->open(QuaZip::mdUnzip))
        return fail(QStringLiteral("%1 is not a readable zip archive (damaged or incomplete; zip "
                                   "error %2).")
                        .arg(name)
                        .arg(m_zip->getZipError()));
    const QList<QuaZipFileInfo64> entries = m_zip->getFileInfoList64();
    if (m_zip->getZipError() != UNZ_OK)
        return fail(QStringLiteral("%1 is not a readable zip archive: its directory is damaged.")
                        .arg(name));
    for (const QuaZipFileInfo64& entry : entries) {
        if (entry.name.endsWith(u'/') || entry.name.startsWith(u"__MACOSX/"))
            continue;
        (isSafeName(entry.name) ? m_names : m_unsafe).append(entry.name);
    }
    return true;
}

bool ZipArchive::read(const QString& member, qint64 limit, QByteArray& out) {
    out.clear();
    const QString name = QFileInfo(m_file).fileName();
    if (!isSafeName(member))
        return fail(QStringLiteral("%1: the member '%2' points outside the archive and is refused.")
                        .arg(name, member));
    if (!m_names.contains(member) || !m_zip->setCurrentFile(member))
        return fail(QStringLiteral("%1 has no member '%2'.").arg(name, member));
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: the member '%2' cannot be read (damaged; zip error %3).")
                        .arg(name, member)
                        .arg(file.getZipError()));
    const CappedRead got = readCapped(file, limit, out);
    file.close();
    if (got == CappedRead::OverLimit)
        return fail(overLimitMessage(QStringLiteral("%1#%2").arg(name, member), limit));
    if (got == CappedRead::Failed || file.getZipError() != UNZ_OK)
        return fail(QStringLiteral("%1: the member '%2' is damaged (its data or checksum does not "
                                   "read back).")
                        .arg(name, member));
    return true;
}

} // namespace pvi
