#pragma once

#include <QString>

class QXmlStreamReader;

namespace pvi {

/// "the part PART is not well-formed XML (line L, column C: what)" for a workbook part.
QString xmlPartProblem(const QString& part, const QXmlStreamReader& xml);

} // namespace pvi
