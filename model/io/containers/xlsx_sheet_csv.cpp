#include "io/containers/xlsx_sheet_csv.h"

#include "io/containers/container_limits.h"
#include "io/containers/xlsx_workbook.h"

#include <QXmlStreamReader>

namespace pvi {

namespace {

/// 0-based column of a cell reference like "AB12"; -1 without letters.
int columnOfReference(QStringView reference) {
    int column = 0;
    qsizetype letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        column = column * 26 + (u - u'A' + 1);
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

void appendCsvField(QByteArray& out, const QString& field) {
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
                       field.contains(u'\r');
    if (!quote) {
        out += field.toUtf8();
        return;
    }
    out += '"';
    out += QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\"")).toUtf8();
    out += '"';
}

/// The last row of an Excel worksheet (1,048,576 since Excel 2007).
constexpr qint64 kExcelMaxRows = 1048576;

/// Reads the cells of one worksheet into CSV records.
class SheetCsvConverter {
public:
    SheetCsvConverter(const XlsxWorkbook& workbook, const QStringList& shared, QByteArray& csv)
        : m_workbook(workbook)
        , m_shared(shared)
        , m_csv(csv) {}

    bool run(QXmlStreamReader& xml, qint64 limit, XlsxSheetError& error) {
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::StartElement && xml.name() == u"row") {
                const qint64 r = xml.attributes().value(QLatin1StringView("r")).toLongLong();
                m_row = r > m_lastRow ? r : m_lastRow + 1;
                m_fields.clear();
                m_column = 0;
                if (m_row > kExcelMaxRows) {
                    // A crafted row number would otherwise become a billion blank lines.
                    error = {m_row, 0,
                             QStringLiteral("row number %1 is beyond the %2 rows a worksheet can "
                                            "have")
                                 .arg(m_row)
                                 .arg(kExcelMaxRows)};
                    return false;
                }
            } else if (token == QXmlStreamReader::StartElement && xml.name() == u"c") {
                if (!readCell(xml, error))
                    return false;
            } else if (token == QXmlStreamReader::EndElement && xml.name() == u"row") {
                if (m_csv.size() + (m_row - m_lastRow - 1) > limit) {
                    error = {m_row, 0, QString()}; // the blank lines before it would not fit
                    return false;
                }
                writeRow();
                if (m_csv.size() > limit) {
                    error = {m_row, 0, QString()};
                    return false;
                }
            }
        }
        if (xml.hasError()) {
            error = {m_row > m_lastRow ? m_row : m_lastRow + 1, m_column,
                     QStringLiteral("the sheet's XML is broken near this row (XML line %1, column "
                                    "%2: %3)")
                         .arg(xml.lineNumber())
                         .arg(xml.columnNumber())
                         .arg(xml.errorString())};
            return false;
        }
        return true;
    }

private:
    bool readCell(QXmlStreamReader& xml, XlsxSheetError& error) {
        const int referenced = columnOfReference(xml.attributes().value(QLatin1StringView("r")));
        const int column = referenced >= 0 ? referenced : m_column;
        m_column = column + 1;
        const QString type = xml.attributes().value(QLatin1StringView("t")).toString();
        const int style = xml.attributes().value(QLatin1StringView("s")).toInt();
        QString value;
        QString inlineText;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"v")
                value = xml.readElementText();
            else if (xml.name() == u"is")
                inlineText = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else
                xml.skipCurrentElement();
        }
        if (xml.hasError())
            return true; // run() reports it with the position
        QString text;
        if (type == u"s") {
            bool ok = false;
            const qsizetype index = value.toLongLong(&ok);
            if (!ok || index < 0 || index >= m_shared.size()) {
                error = {m_row, column + 1,
                         QStringLiteral("the cell refers to shared string '%1', but the workbook "
                                        "holds %2")
                             .arg(value)
                             .arg(m_shared.size())};
                return false;
            }
            text = m_shared.at(index);
        } else if (type == u"inlineStr") {
            text = inlineText;
        } else if (type == u"b") {
            text = value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == u"str" || type == u"e") {
            text = value;
        } else if (type == u"d") {
            text = QString(value).replace(u'T', u' ');
        } else {
            text = numberText(value, style);
        }
        if (column >= m_fields.size())
            m_fields.resize(column + 1);
        m_fields[column] = text;
        return true;
    }

    QString numberText(const QString& value, int style) const {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            return value;
        const ExcelDateKind kind = m_workbook.dateKind(style);
        if (kind != ExcelDateKind::NotDate) {
            const QString date = excelSerialToText(number, m_workbook.date1904, kind);
            if (!date.isEmpty())
                return date;
        }
        return QString::number(number, 'g', 15);
    }

    void writeRow() {
        if (m_row > m_lastRow + 1)
            m_csv.append(m_row - m_lastRow - 1, '\n'); // the rows the sheet skips
        m_lastRow = m_row;
        if (m_width < 0)
            m_width = m_fields.size();
        if (m_fields.size() < m_width)
            m_fields.resize(m_width);
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            if (i > 0)
                m_csv += ',';
            appendCsvField(m_csv, m_fields.at(i));
        }
        m_csv += '\n';
    }

    const XlsxWorkbook& m_workbook;
    const QStringList& m_shared;
    QByteArray& m_csv;
    QStringList m_fields;
    qint64 m_row = 0;
    qint64 m_lastRow = 0;
    int m_column = 0;
    qsizetype m_width = -1;
};

} // namespace

bool xlsxSheetToCsv(const QByteArray& sheetXml, const XlsxWorkbook& workbook,
                    const QStringList& sharedStrings, qint64 limit, QByteArray& csv,
                    XlsxSheetError& error) {
    csv.clear();
    QXmlStreamReader xml(sheetXml);
    SheetCsvConverter converter(workbook, sharedStrings, csv);
    if (converter.run(xml, limit, error))
        return true;
    if (error.message.isEmpty())
        error.message = overLimitMessage(QStringLiteral("the sheet as CSV"), limit);
    csv.clear();
    return false;
}

} // namespace pvi
