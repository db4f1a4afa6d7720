#include "io/text_decoder.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace pvi {

namespace {

// Windows-1252 bytes 0x80-0x9F; the rest of the code page equals Latin-1.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

const unsigned char* asBytes(const char* data) {
    return reinterpret_cast<const unsigned char*>(data);
}

qsizetype decodeUtf8(const unsigned char* s, qsizetype n, bool last, char16_t* out,
                     qsizetype& consumed) {
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    char16_t* o = out;
    qsizetype i = 0;
    while (i < n) {
        // ASCII runs, eight bytes at a time.
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, s + i, sizeof word);
            if (word & kHighBits)
                break;
            for (int k = 0; k < 8; ++k)
                o[k] = s[i + k];
            o += 8;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char b = s[i];
        if (b < 0x80) {
            *o++ = b;
            ++i;
            continue;
        }
        char32_t cp = 0;
        const int len = utf8SequenceLength(s + i, n - i, cp);
        if (len == 0 && !last)
            break; // finish this sequence with the next chunk
        if (len <= 0) {
            *o++ = windows1252ToUnicode(b);
            ++i;
            continue;
        }
        if (cp >= 0x10000) {
            cp -= 0x10000;
            *o++ = static_cast<char16_t>(0xD800 + (cp >> 10));
            *o++ = static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
        } else {
            *o++ = static_cast<char16_t>(cp);
        }
        i += len;
    }
    consumed = i;
    return o - out;
}

qsizetype decodeUtf16(const unsigned char* s, qsizetype n, bool last, bool bigEndian, char16_t* out,
                      qsizetype& consumed) {
    const qsizetype pairs = n / 2;
    for (qsizetype k = 0; k < pairs; ++k) {
        const unsigned char a = s[2 * k];
        const unsigned char b = s[2 * k + 1];
        out[k] =
            bigEndian ? static_cast<char16_t>((a << 8) | b) : static_cast<char16_t>((b << 8) | a);
    }
    qsizetype written = pairs;
    consumed = pairs * 2;
    if (last && consumed < n) { // a stray odd byte at the very end
        out[written++] = u'\uFFFD';
        consumed = n;
    }
    return written;
}

} // namespace

char16_t windows1252ToUnicode(unsigned char byte) {
    return (byte >= 0x80 && byte < 0xA0) ? kCp1252High[byte - 0x80] : char16_t(byte);
}

int utf8SequenceLength(const unsigned char* s, qsizetype available, char32_t& codePoint) {
    const unsigned char b = s[0];
    if (b < 0x80) {
        codePoint = b;
        return 1;
    }
    int len = 0;
    unsigned char lo = 0x80; // allowed range of the second byte (excludes overlongs, surrogates)
    unsigned char hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        len = 2;
        codePoint = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
        len = 3;
        codePoint = b & 0x0F;
        lo = b == 0xE0 ? 0xA0 : 0x80;
        hi = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4;
        codePoint = b & 0x07;
        lo = b == 0xF0 ? 0x90 : 0x80;
        hi = b == 0xF4 ? 0x8F : 0xBF;
    } else {
        return -1;
    }
    for (int k = 1; k < len; ++k) {
        if (k >= available)
            return 0;
        const unsigned char c = s[k];
        if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF))
            return -1;
        codePoint = (codePoint << 6) | (c & 0x3F);
    }
    return len;
}

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding) {}

qsizetype TextDecoder::decode(const char* data, qsizetype size, bool last, char16_t* out,
                              qsizetype& consumed) const {
    const unsigned char* s = asBytes(data);
    switch (m_encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        return decodeUtf8(s, size, last, out, consumed);
    case TextEncoding::Utf16LE:
        return decodeUtf16(s, size, last, false, out, consumed);
    case TextEncoding::Utf16BE:
        return decodeUtf16(s, size, last, true, out, consumed);
    case TextEncoding::Windows1252:
        break;
    }
    for (qsizetype i = 0; i < size; ++i)
        out[i] = windows1252ToUnicode(s[i]);
    consumed = size;
    return size;
}

QString TextDecoder::decodeAll(QByteArrayView bytes) const {
    QString text(bytes.size() + 1, Qt::Uninitialized);
    qsizetype consumed = 0;
    const qsizetype n = decode(bytes.data(), bytes.size(), true,
                               reinterpret_cast<char16_t*>(text.data()), consumed);
    text.resize(n);
    return text;
}

QString textEncodingName(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 with BOM");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case TextEncoding::Windows1252:
        break;
    }
    return QStringLiteral("Windows-1252");
}

} // namespace pvi
