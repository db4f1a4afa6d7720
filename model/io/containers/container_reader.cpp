#include "io/containers/container_reader.h"

#include "io/containers/container_limits.h"
#include "io/containers/xlsx_shared_strings.h"
#include "io/containers/xlsx_sheet_csv.h"
#include "io/containers/xlsx_workbook.h"
#include "io/containers/zip_archive.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <zlib.h>

namespace pvi {

namespace {

bool isCsvMemberName(const QString& name) {
    return name.endsWith(u".csv", Qt::CaseInsensitive) ||
           name.endsWith(u".tsv", Qt::CaseInsensitive) ||
           name.endsWith(u".txt", Qt::CaseInsensitive);
}

QStringList memberNames(const ContainerPath& source, ZipArchive& archive, XlsxWorkbook& workbook,
                        QString& error) {
    QStringList names;
    if (source.kind == ContainerPath::Kind::Xlsx) {
        if (!XlsxWorkbook::read(archive, workbook, error))
            return {};
        for (const XlsxSheet& sheet : workbook.sheets)
            names.append(sheet.name);
        return names;
    }
    for (const QString& name : archive.fileNames())
        if (isCsvMemberName(name))
            names.append(name);
    return names;
}

/// The member to read: the one named, or the container's only one.
bool resolveMember(const ContainerPath& source, const QStringList& members, QString& member,
                   QString& error) {
    const QString file = QFileInfo(source.file).fileName();
    const QString what = source.kind == ContainerPath::Kind::Xlsx ? QStringLiteral("sheet")
                                                                  : QStringLiteral("CSV member");
    member = source.member;
    if (source.kind == ContainerPath::Kind::Zip && !member.isEmpty() &&
        !ZipArchive::isSafeName(member)) {
        error = ZipArchive::unsafeNameMessage(file, member);
        return false;
    }
    if (!member.isEmpty()) {
        if (members.contains(member))
            return true;
        error = QStringLiteral("%1 has no %2 '%3' (it has: %4).")
                    .arg(file, what, member, members.join(QStringLiteral(", ")));
        return false;
    }
    if (members.size() == 1) {
        member = members.first();
        return true;
    }
    error = members.isEmpty()
                ? QStringLiteral("%1 holds no %2 to import.").arg(file, what)
                : QStringLiteral("%1 holds %2 %3s (%4): import one of them as %1#NAME.")
                      .arg(file)
                      .arg(members.size())
                      .arg(what, members.join(QStringLiteral(", ")));
    return false;
}

bool readGzip(const ContainerPath& source, QByteArray& bytes, CsvError& error) {
    const QString name = QFileInfo(source.file).fileName();
    QFile raw(source.file);
    if (!raw.open(QIODevice::ReadOnly)) {
        error.message = QStringLiteral("%1 cannot be opened: %2.").arg(name, raw.errorString());
        return false;
    }
    if (!raw.read(2).startsWith("\x1f\x8b")) { // zlib would pass other bytes through as they are
        error.message = QStringLiteral("%1 is not a gzip file.").arg(name);
        return false;
    }
    raw.close();
    gzFile file = gzopen(QFile::encodeName(source.file).constData(), "rb");
    if (!file) {
        error.message = QStringLiteral("%1 cannot be opened.").arg(name);
        return false;
    }
    const CappedRead got = readCapped(
        [file](char* into, qint64 room) {
            return static_cast<qint64>(gzread(file, into, static_cast<unsigned>(room)));
        },
        kMaxUncompressedBytes, bytes);
    // gzclose() says Z_BUF_ERROR when the stream ended in the middle (a cut-off download).
    const bool complete = gzclose(file) == Z_OK;
    if (got == CappedRead::OverLimit)
        error.message = overLimitMessage(name, kMaxUncompressedBytes);
    else if (got == CappedRead::Failed || !complete)
        error.message =
            QStringLiteral("%1 is not a readable gzip file (damaged or incomplete).").arg(name);
    if (!error.message.isEmpty())
        bytes.clear();
    return error.message.isEmpty();
}

bool readXlsxSheet(ZipArchive& archive, const XlsxWorkbook& workbook, const QString& sheetName,
                   QByteArray& bytes, CsvError& error) {
    QStringList shared;
    QByteArray part;
    const QString sharedPart = QStringLiteral("xl/sharedStrings.xml");
    if (archive.fileNames().contains(sharedPart)) {
        if (!archive.read(sharedPart, kMaxUncompressedBytes, part)) {
            error.message = archive.error();
            return false;
        }
        if (!readXlsxSharedStrings(part, shared, error.message))
            return false;
    }
    const auto sheet = std::find_if(workbook.sheets.begin(), workbook.sheets.end(),
                                    [&](const XlsxSheet& s) { return s.name == sheetName; });
    if (!archive.read(sheet->part, kMaxUncompressedBytes, part)) {
        error.message = archive.error();
        return false;
    }
    XlsxSheetError sheetError;
    if (xlsxSheetToCsv(part, workbook, shared, kMaxUncompressedBytes, bytes, sheetError))
        return true;
    error.line = sheetError.row;
    error.column = sheetError.column;
    error.message = QStringLiteral("sheet '%1': %2.").arg(sheetName, sheetError.message);
    return false;
}

} // namespace

bool readContainer(const ContainerPath& source, QByteArray& bytes, CsvError& error) {
    bytes.clear();
    if (source.kind == ContainerPath::Kind::Gzip)
        return readGzip(source, bytes, error);
    ZipArchive archive(source.file);
    if (!archive.open()) {
        error.message = archive.error();
        return false;
    }
    XlsxWorkbook workbook;
    const QStringList members = memberNames(source, archive, workbook, error.message);
    if (!error.message.isEmpty())
        return false;
    QString member;
    if (!resolveMember(source, members, member, error.message))
        return false;
    if (source.kind == ContainerPath::Kind::Xlsx)
        return readXlsxSheet(archive, workbook, member, bytes, error);
    if (!archive.read(member, kMaxUncompressedBytes, bytes)) {
        error.message = archive.error();
        return false;
    }
    return true;
}

QStringList importPathsOf(const QString& path) {
    const ContainerPath source = ContainerPath::parse(path);
    if (!source.hasMembers() || !source.member.isEmpty())
        return {path};
    ZipArchive archive(source.file);
    XlsxWorkbook workbook;
    QString error;
    if (!archive.open())
        return {path};
    const QStringList members = memberNames(source, archive, workbook, error);
    if (!error.isEmpty() || members.isEmpty())
        return {path};
    QStringList paths;
    for (const QString& member : members)
        paths.append(ContainerPath::join(source.file, member));
    return paths;
}

} // namespace pvi
