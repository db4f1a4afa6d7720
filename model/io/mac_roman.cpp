#include "io/mac_roman.h"

#include "io/text_decoder.h"

#include <QHash>
#include <QStringDecoder>

#include <array>

namespace pvi {

namespace {

// Unicode of Mac Roman bytes 0x80–0xFF (the Python mac_roman codec's table).
constexpr std::array<char16_t, 128> kMacRoman = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
    0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
    0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7};

bool isLower(char c) {
    return c >= 'a' && c <= 'z';
}
bool isLetter(char c) {
    return isLower(c) || (c >= 'A' && c <= 'Z');
}

} // namespace

bool looksLikeMacRoman(QByteArrayView bytes) {
    QStringDecoder utf8(QStringDecoder::Utf8);
    [[maybe_unused]] const QString decoded = utf8.decode(bytes); // decoding happens on conversion
    if (!utf8.hasError())
        return false;
    int mac = 0;
    int windows = 0;
    for (qsizetype i = 1; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80)
            continue;
        const char before = bytes[i - 1];
        const char after = i + 1 < bytes.size() ? bytes[i + 1] : ' ';
        if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)
            ++mac; // unassigned in Windows-1252
        else if (b >= 0xC0 && b <= 0xDF && isLower(before))
            ++mac; // "capital" straight after a lower-case letter: Mac punctuation
        else if (b >= 0xE0 && isLetter(before) && isLetter(after))
            ++windows; // lower-case accented letter inside a word
        else if (b >= 0x80 && b <= 0x9F && isLetter(before) && isLetter(after))
            ++mac; // Mac accented letter inside a word (Windows has punctuation there)
    }
    return mac > windows;
}

QString repairMacRoman(const QString& windows1252Text) {
    static const QHash<char16_t, unsigned char> toByte = [] {
        QHash<char16_t, unsigned char> table;
        for (int b = 0x80; b <= 0xFF; ++b)
            table.insert(windows1252ToUnicode(static_cast<unsigned char>(b)),
                         static_cast<unsigned char>(b));
        return table;
    }();
    QString result = windows1252Text;
    for (QChar& c : result) {
        const auto it = toByte.constFind(c.unicode());
        if (it != toByte.constEnd())
            c = QChar(kMacRoman[static_cast<std::size_t>(it.value() - 0x80)]);
    }
    return result;
}

} // namespace pvi
