#pragma once
// poppler-utils as the report's independent readers: what a PDF viewer sees, not what our code
// thinks it wrote.

#include <QString>
#include <QStringList>

namespace pvi::test {

/// pdftotext -layout of the whole file, or of page `page` (1-based) only.
QString pdfText(const QString& pdf, int page = 0);
/// pdfinfo's "Key: value" line value ("Pages", "Page size").
QString pdfInfo(const QString& pdf, const QString& key);
/// pdffonts' table rows (after its two header lines).
QStringList pdfFontRows(const QString& pdf);
/// pdfimages -list's rows (after its two header lines): one per image.
QStringList pdfImageRows(const QString& pdf);

} // namespace pvi::test
