#pragma once

#include <QChar>
#include <QStringView>

namespace pvi {

/// Picks the field delimiter of a CSV sample among comma, semicolon and tab.
///
/// Looks at up to the first 100 records of `sample` (lines starting with `commentPrefix` and blank
/// lines are skipped; text inside double quotes is ignored, a quote opening a field when it
/// follows the start of a record or a candidate delimiter). For each candidate the header count
/// is the number of occurrences in the first record; a candidate absent from the header is out.
/// The winner is the candidate whose count is the same as the header's in the largest share of
/// records; ties go to the larger header count, then to comma, semicolon, tab in that order.
/// Without any candidate (a one-column file) the answer is comma. When `sampleIsWholeFile` is
/// false the last, possibly cut, record of the sample is ignored.
QChar sniffDelimiter(QStringView sample, QChar commentPrefix, bool sampleIsWholeFile);

/// The delimiter declared by Excel's optional first line `sep=X` (e.g. `sep=;`), else a null QChar.
QChar declaredDelimiter(QStringView sample);

} // namespace pvi
