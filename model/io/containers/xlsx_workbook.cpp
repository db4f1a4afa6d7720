#include "io/containers/xlsx_workbook.h"

#include "io/containers/container_limits.h"
#include "io/containers/xml_problem.h"
#include "io/containers/zip_archive.h"

#include <QHash>
#include <QXmlStreamReader>

namespace pvi {

namespace {

/// Sheet names, relationship ids and the date system from xl/workbook.xml.
bool readWorkbookPart(const QByteArray& bytes, XlsxWorkbook& workbook,
                      QList<QPair<QString, QString>>& sheetRelations, QString& error) {
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"workbookPr") {
            const QStringView flag = xml.attributes().value(QLatin1StringView("date1904"));
            workbook.date1904 = flag == u"1" || flag == u"true";
        } else if (name == u"sheet") {
            QString relation;
            for (const QXmlStreamAttribute& attribute : xml.attributes())
                if (attribute.name() == u"id")
                    relation = attribute.value().toString();
            sheetRelations.append(
                qMakePair(xml.attributes().value(QLatin1StringView("name")).toString(), relation));
        }
    }
    if (xml.hasError()) {
        error = xmlPartProblem(QStringLiteral("xl/workbook.xml"), xml);
        return false;
    }
    return true;
}

/// Relationship id -> part path, from xl/_rels/workbook.xml.rels.
bool readRelations(const QByteArray& bytes, QHash<QString, QString>& targets, QString& error) {
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        QString target = xml.attributes().value(QLatin1StringView("Target")).toString();
        target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
        targets.insert(xml.attributes().value(QLatin1StringView("Id")).toString(), target);
    }
    if (xml.hasError()) {
        error = xmlPartProblem(QStringLiteral("xl/_rels/workbook.xml.rels"), xml);
        return false;
    }
    return true;
}

/// The date kind of every cellXfs style, from xl/styles.xml.
bool readStyles(const QByteArray& bytes, std::vector<ExcelDateKind>& styles, QString& error) {
    QXmlStreamReader xml(bytes);
    QHash<int, QString> customFormats;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"numFmt") {
            customFormats.insert(
                xml.attributes().value(QLatin1StringView("numFmtId")).toInt(),
                xml.attributes().value(QLatin1StringView("formatCode")).toString());
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = xml.attributes().value(QLatin1StringView("numFmtId")).toInt();
            styles.push_back(excelDateKind(id, customFormats.value(id)));
        }
    }
    if (xml.hasError()) {
        error = xmlPartProblem(QStringLiteral("xl/styles.xml"), xml);
        return false;
    }
    return true;
}

} // namespace

bool XlsxWorkbook::read(ZipArchive& archive, XlsxWorkbook& workbook, QString& error) {
    QByteArray bytes;
    if (!archive.read(QStringLiteral("xl/workbook.xml"), kMaxUncompressedBytes, bytes)) {
        error = archive.error() + QStringLiteral(" It is not an Excel .xlsx workbook.");
        return false;
    }
    QList<QPair<QString, QString>> sheetRelations;
    if (!readWorkbookPart(bytes, workbook, sheetRelations, error))
        return false;
    QHash<QString, QString> targets;
    if (!archive.read(QStringLiteral("xl/_rels/workbook.xml.rels"), kMaxUncompressedBytes, bytes) ||
        !readRelations(bytes, targets, error)) {
        if (error.isEmpty())
            error = archive.error();
        return false;
    }
    if (archive.fileNames().contains(QStringLiteral("xl/styles.xml"))) {
        if (!archive.read(QStringLiteral("xl/styles.xml"), kMaxUncompressedBytes, bytes)) {
            error = archive.error();
            return false;
        }
        if (!readStyles(bytes, workbook.styleDates, error))
            return false;
    }
    for (const auto& [name, relation] : sheetRelations) {
        const QString part = targets.value(relation);
        if (part.startsWith(QStringLiteral("xl/worksheets/")))
            workbook.sheets.append({name, part}); // chart sheets and dialogs hold no rows
    }
    return true;
}

} // namespace pvi
