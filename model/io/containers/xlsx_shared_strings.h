#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pvi {

/// Reads xl/sharedStrings.xml: one string per `<si>`, the text of its `<t>` elements (rich-text
/// runs joined, phonetic `<rPh>` readings left out). False with `error` when the XML is broken
/// or the table holds (or declares) more than kMaxSharedStrings strings.
bool readXlsxSharedStrings(const QByteArray& xml, QStringList& strings, QString& error);

} // namespace pvi
