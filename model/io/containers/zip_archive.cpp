#include "io/containers/zip_archive.h"

#include "io/containers/container_limits.h"

#include <QFileInfo>

#include <zip.h>

namespace pvi {

namespace {

/// libzip's description of an error code, e.g. "Not a zip archive".
QString zipErrorText(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

} // namespace

ZipArchive::ZipArchive(const QString& file)
    : m_file(file) {}

ZipArchive::~ZipArchive() {
    if (m_zip)
        zip_discard(m_zip);
}

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

QString ZipArchive::unsafeNameMessage(const QString& archiveName, const QString& member) {
    return QStringLiteral("%1: the member '%2' points outside the archive and is refused.")
        .arg(archiveName, member);
}

bool ZipArchive::open() {
    const QString name = QFileInfo(m_file).fileName();
    if (!QFileInfo(m_file).isFile())
        return fail(QStringLiteral("%1 cannot be opened: no such file.").arg(name));
    int code = 0;
    m_zip = zip_open(QFile::encodeName(m_file).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!m_zip)
        return fail(QStringLiteral("%1 is not a readable zip archive (damaged or incomplete: %2).")
                        .arg(name, zipErrorText(code)));
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* raw = zip_get_name(m_zip, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
        const QString entry = raw ? QString::fromUtf8(raw) : QString();
        if (entry.isEmpty() || entry.endsWith(u'/') || entry.startsWith(u"__MACOSX/"))
            continue;
        (isSafeName(entry) ? m_names : m_unsafe).append(entry);
    }
    return true;
}

bool ZipArchive::read(const QString& member, qint64 limit, QByteArray& out) {
    out.clear();
    const QString name = QFileInfo(m_file).fileName();
    if (!isSafeName(member))
        return fail(unsafeNameMessage(name, member));
    if (!m_zip || !m_names.contains(member))
        return fail(QStringLiteral("%1 has no member '%2'.").arg(name, member));
    const QByteArray memberName = member.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_zip, memberName.constData(), ZIP_FL_ENC_GUESS, &stat) == 0 &&
        (stat.valid & ZIP_STAT_SIZE) && stat.size > static_cast<zip_uint64_t>(limit))
        return fail(overLimitMessage(QStringLiteral("%1#%2").arg(name, member), limit));
    zip_file_t* file = zip_fopen(m_zip, memberName.constData(), ZIP_FL_ENC_GUESS);
    if (!file)
        return fail(QStringLiteral("%1: the member '%2' cannot be read (%3).")
                        .arg(name, member, QString::fromUtf8(zip_strerror(m_zip))));
    const CappedRead got = readCapped(
        [file](char* into, qint64 room) {
            return static_cast<qint64>(zip_fread(file, into, static_cast<zip_uint64_t>(room)));
        },
        limit, out);
    zip_fclose(file);
    if (got == CappedRead::OverLimit)
        return fail(overLimitMessage(QStringLiteral("%1#%2").arg(name, member), limit));
    if (got == CappedRead::Failed) // damaged data or a CRC mismatch
        return fail(QStringLiteral("%1: the member '%2' is damaged (its data or checksum does not "
                                   "read back).")
                        .arg(name, member));
    return true;
}

} // namespace pvi
