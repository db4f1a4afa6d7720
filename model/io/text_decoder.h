#pragma once

#include "io/text_encoding.h"

#include <QByteArrayView>
#include <QString>

namespace pvi {

/// Converts bytes of one encoding to UTF-16, chunk by chunk. Never fails: a byte sequence that is
/// not valid UTF-8 is decoded byte by byte as Windows-1252, so a file that is "mostly UTF-8" keeps
/// its text readable.
class TextDecoder {
public:
    /// A decoder for `encoding` (a BOM, if any, must already be skipped).
    explicit TextDecoder(TextEncoding encoding = TextEncoding::Utf8);

    /// Decodes `data[0, size)` into `out`, which must hold at least `size` code units. A sequence
    /// cut by the end of the chunk is left unconsumed (at most 3 bytes) unless `last` is set.
    /// Returns the number of UTF-16 code units written; `consumed` gets the bytes used.
    qsizetype decode(const char* data, qsizetype size, bool last, char16_t* out,
                     qsizetype& consumed) const;

    /// Decodes a whole byte string (the chunk is taken as the last one).
    QString decodeAll(QByteArrayView bytes) const;

    /// The encoding this decoder reads.
    TextEncoding encoding() const { return m_encoding; }

private:
    TextEncoding m_encoding;
};

/// The Unicode character for one Windows-1252 byte (the five unassigned bytes map to C1 controls).
char16_t windows1252ToUnicode(unsigned char byte);

/// Length of the valid UTF-8 sequence starting at `s` (1-4, and `codePoint` set), 0 when the
/// sequence is valid so far but cut by the end of the buffer, or -1 when it is invalid.
int utf8SequenceLength(const unsigned char* s, qsizetype available, char32_t& codePoint);

} // namespace pvi
