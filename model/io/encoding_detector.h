#pragma once

#include "io/text_encoding.h"

#include <QByteArrayView>
#include <QString>

namespace pvi {

/// What the first bytes of a file say about its text encoding.
struct EncodingDetection {
    TextEncoding encoding = TextEncoding::Utf8;
    /// Bytes of byte-order mark to skip (0, 2 or 3).
    int bomLength = 0;
    /// Non-empty when the file is clearly not text (a workbook, a PDF, binary data): the reason,
    /// phrased for the user ("looks like an Excel workbook (.xlsx), not a CSV file; ...").
    QString notTextReason;
};

/// Detects the encoding from a prefix of the file (the reader passes the first 64 KiB).
/// Rules, in order: a byte-order mark decides (UTF-8, UTF-16 LE/BE); known binary signatures
/// (zip/xlsx, xls, PDF, gzip) and NUL bytes are rejected, except NULs in the regular pattern of
/// BOM-less UTF-16; otherwise UTF-8 when the prefix is valid UTF-8 (a sequence cut at the end
/// of the prefix counts as valid unless `wholeFile`), else Windows-1252.
EncodingDetection detectEncoding(QByteArrayView prefix, bool wholeFile);

} // namespace pvi
