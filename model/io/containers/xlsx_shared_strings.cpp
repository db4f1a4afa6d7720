#include "io/containers/xlsx_shared_strings.h"

#include "io/containers/container_limits.h"
#include "io/containers/xml_problem.h"

#include <QXmlStreamReader>

namespace pvi {

bool readXlsxSharedStrings(const QByteArray& bytes, QStringList& strings, QString& error) {
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    auto tooMany = [&] {
        error = QStringLiteral("the part %1 holds more than %2 strings, more than a workbook "
                               "PVI Studio imports may hold")
                    .arg(part)
                    .arg(kMaxSharedStrings);
        return false;
    };
    QXmlStreamReader xml(bytes);
    QString current;
    int phonetic = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"sst") {
                if (xml.attributes().value(QLatin1StringView("uniqueCount")).toLongLong() >
                    kMaxSharedStrings)
                    return tooMany();
            } else if (xml.name() == u"si") {
                current.clear();
            } else if (xml.name() == u"rPh") {
                ++phonetic;
            } else if (xml.name() == u"t" && phonetic == 0) {
                current += xml.readElementText();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"rPh") {
                --phonetic;
            } else if (xml.name() == u"si") {
                if (strings.size() >= kMaxSharedStrings)
                    return tooMany();
                strings.append(current);
            }
        }
    }
    if (xml.hasError()) {
        error = xmlPartProblem(part, xml);
        return false;
    }
    return true;
}

} // namespace pvi
