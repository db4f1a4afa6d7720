#pragma once

#include <QString>

namespace pvi {

/// The character encodings the CSV reader recognises.
enum class TextEncoding {
    Utf8,        ///< UTF-8 without byte-order mark (also plain ASCII)
    Utf8Bom,     ///< UTF-8 with the EF BB BF byte-order mark
    Utf16LE,     ///< UTF-16 little-endian (FF FE mark, or detected from the byte pattern)
    Utf16BE,     ///< UTF-16 big-endian (FE FF mark, or detected from the byte pattern)
    Windows1252, ///< Windows-1252 ("ANSI"), chosen when the bytes are not valid UTF-8
};

/// A short human name for the encoding, e.g. "UTF-8 with BOM", for reports and messages.
QString textEncodingName(TextEncoding encoding);

} // namespace pvi
