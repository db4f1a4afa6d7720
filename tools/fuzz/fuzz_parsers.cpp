// libFuzzer harness: the value and timestamp parsers, email normalization, date-order
// inference and the column-mapping guess, on arbitrary text (the input as UTF-8, split on
// newlines for the functions that take several values).
#include "importers/column_mapping.h"
#include "io/delimiter_sniffer.h"
#include "io/encoding_detector.h"
#include "io/timestamp.h"
#include "io/value_parsers.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView bytes(data, qsizetype(size));
    (void)pvi::detectEncoding(bytes, true);
    const QString text = QString::fromUtf8(bytes);
    (void)pvi::sniffDelimiter(text, QChar(), true);
    (void)pvi::declaredDelimiter(text);
    const QStringList values = text.split(u'\n');
    for (const QString& value : values) {
        (void)pvi::parseNumber(value);
        (void)pvi::parseNumber(value, pvi::DecimalSeparator::Comma);
        (void)pvi::parseNumber(value, pvi::DecimalSeparator::Dot);
        (void)pvi::parseBool(value);
        (void)pvi::normalizeEmail(value);
        (void)pvi::parseTimestamp(value, pvi::DateOrder::MonthFirst);
        (void)pvi::parseTimestamp(value, pvi::DateOrder::DayFirst);
    }
    (void)pvi::inferDateOrder(values);
    const pvi::ColumnMapping mapping = pvi::guessMapping(values);
    (void)pvi::mappingProblems(mapping, values);
    (void)pvi::headerSignature(values);
    return 0;
}
