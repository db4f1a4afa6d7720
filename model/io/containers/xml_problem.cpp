#include "io/containers/xml_problem.h"

#include <QXmlStreamReader>

namespace pvi {

QString xmlPartProblem(const QString& part, const QXmlStreamReader& xml) {
    return QStringLiteral("the part %1 is not well-formed XML (XML line %2, column %3: %4)")
        .arg(part)
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(xml.errorString());
}

} // namespace pvi
