#include "io/encoding_detector.h"

#include "io/text_decoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace pvi {

namespace {

const unsigned char* asBytes(QByteArrayView bytes) {
    return reinterpret_cast<const unsigned char*>(bytes.data());
}

QString signatureReason(QByteArrayView prefix) {
    const QString exportHint = QCoreApplication::translate(
        "pvi::CsvText", ", not a CSV file; open it in its program and export it as CSV");
    if (prefix.startsWith("PK\x03\x04"))
        return QCoreApplication::translate("pvi::CsvText",
                                           "looks like an Excel workbook (.xlsx, a zip archive)") +
               exportHint;
    if (prefix.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return QCoreApplication::translate("pvi::CsvText",
                                           "looks like an Excel 97-2003 workbook (.xls)") +
               exportHint;
    if (prefix.startsWith("%PDF"))
        return QCoreApplication::translate("pvi::CsvText", "looks like a PDF document") +
               exportHint;
    if (prefix.startsWith("\x1F\x8B"))
        return QCoreApplication::translate(
            "pvi::CsvText", "is a gzip-compressed file, not a CSV file; decompress it first");
    return {};
}

/// UTF-16 without a BOM: (almost) every high byte of the ASCII text is zero, on one side only.
std::optional<TextEncoding> bomlessUtf16(QByteArrayView prefix) {
    const qsizetype pairs = std::min<qsizetype>(prefix.size(), 4096) / 2;
    if (pairs < 2)
        return std::nullopt;
    const unsigned char* s = asBytes(prefix);
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype k = 0; k < pairs; ++k) {
        evenZeros += s[2 * k] == 0;
        oddZeros += s[2 * k + 1] == 0;
    }
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 20 <= pairs)
        return TextEncoding::Utf16LE;
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 20 <= pairs)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

bool isValidUtf8(QByteArrayView prefix, bool wholeFile) {
    const unsigned char* s = asBytes(prefix);
    const qsizetype n = prefix.size();
    for (qsizetype i = 0; i < n;) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        char32_t cp = 0;
        const int len = utf8SequenceLength(s + i, n - i, cp);
        if (len == 0)
            return !wholeFile; // cut by the end of the prefix
        if (len < 0)
            return false;
        i += len;
    }
    return true;
}

} // namespace

EncodingDetection detectEncoding(QByteArrayView prefix, bool wholeFile) {
    EncodingDetection result;
    if (prefix.startsWith("\xEF\xBB\xBF")) {
        result.encoding = TextEncoding::Utf8Bom;
        result.bomLength = 3;
        return result;
    }
    if (prefix.startsWith("\xFF\xFE")) {
        result.encoding = TextEncoding::Utf16LE;
        result.bomLength = 2;
        return result;
    }
    if (prefix.startsWith("\xFE\xFF")) {
        result.encoding = TextEncoding::Utf16BE;
        result.bomLength = 2;
        return result;
    }
    result.notTextReason = signatureReason(prefix);
    if (!result.notTextReason.isEmpty())
        return result;
    const qsizetype nul = prefix.indexOf('\0');
    if (nul >= 0) {
        if (const auto utf16 = bomlessUtf16(prefix)) {
            result.encoding = *utf16;
            return result;
        }
        result.notTextReason =
            QCoreApplication::translate(
                "pvi::CsvText", "contains binary data (a NUL byte at offset %1), not a CSV file; "
                                "export the data as CSV")
                .arg(nul);
        return result;
    }
    result.encoding =
        isValidUtf8(prefix, wholeFile) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    return result;
}

} // namespace pvi
