#include "import/import_row_reader.h"

#include "import/import_texts.h"
#include "importers/web_report_layout.h"
#include "io/csv_reader.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pvi {

ImportRowText readImportRow(const QString& path, qint64 line) {
    ImportRowText result;
    result.file = path;
    result.line = line;
    CsvReader reader;
    CsvReader::Options options;
    options.commentPrefix = WebReportLayout::startsWithComment(path) ? QChar(u'#') : QChar();
    if (!reader.open(path, options)) {
        result.error = reader.error().toString();
        return result;
    }
    CsvRow row;
    bool first = true;
    while (reader.readRow(row)) {
        if (first) {
            result.header = row.fields;
            first = false;
        }
        if (row.line <= line && line <= row.endLine) {
            result.fields = row.fields;
            return result;
        }
        if (row.line > line)
            break;
    }
    result.error = reader.hasError() ? reader.error().toString()
                                     : ImportTexts::tr("%1 has no row at line %2.")
                                           .arg(QFileInfo(path).fileName())
                                           .arg(line);
    return result;
}

QString ImportRowText::describe(int markedColumn) const {
    if (!ok())
        return error;
    QStringList lines;
    lines.append(ImportTexts::tr("%1, line %2:").arg(QFileInfo(file).fileName()).arg(line));
    const auto count = std::max(header.size(), fields.size());
    for (qsizetype i = 0; i < count; ++i) {
        const QString name = i < header.size() ? header.at(i) : ImportTexts::tr("(no header)");
        const QString value = i < fields.size() ? fields.at(i) : ImportTexts::tr("(no value)");
        const QString mark = i + 1 == markedColumn ? u"▶ "_s : u"  "_s;
        lines.append(u"%1%2. %3: %4"_s.arg(mark).arg(i + 1).arg(name, value));
    }
    return lines.join(u'\n');
}

} // namespace pvi
