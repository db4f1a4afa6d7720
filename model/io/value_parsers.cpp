#include "io/value_parsers.h"

#include <array>
#include <charconv>
#include <optional>
#include <string>

namespace pvi {

namespace {

using Status = ParsedNumber::Status;

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

bool isCurrencySign(QChar c) {
    return c.category() == QChar::Symbol_Currency;
}

bool isSpaceGroup(QChar c) {
    return c.isSpace();
} // space, no-break space, thin spaces

bool isApostropheGroup(QChar c) {
    return c == u'\'' || c == u'\u2019';
}

bool isMinus(QChar c) {
    return c == u'-' || c == u'\u2212';
}

/// Currency names written with letters only, besides upper-case ISO 4217 codes.
bool isCurrencyWord(QStringView word) {
    static const std::array<QStringView, 15> words = {u"R",  u"Rs", u"kr", u"Kr",  u"KR",
                                                      u"zł", u"Kč", u"Ft", u"lei", u"Fr",
                                                      u"RM", u"Rp", u"TL", u"Br",  u"Lek"};
    for (QStringView w : words) {
        if (word == w)
            return true;
    }
    if (word.size() != 3)
        return false;
    for (QChar c : word) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

/// Length of the currency token at the start (or end) of `s`, 0 when there is none.
qsizetype currencyTokenLength(QStringView s, bool atEnd) {
    qsizetype n = 0;
    int signs = 0;
    int letters = 0;
    while (n < s.size()) {
        const QChar c = atEnd ? s[s.size() - 1 - n] : s[n];
        if (isCurrencySign(c))
            ++signs;
        else if (c.isLetter())
            ++letters;
        else
            break;
        ++n;
    }
    if (n == 0)
        return 0;
    if (signs > 0)
        return (signs <= 2 && letters <= 3) ? n : 0;
    const QStringView word = atEnd ? s.last(n) : s.first(n);
    if (!isCurrencyWord(word))
        return 0;
    if (!atEnd && n < s.size() && s[n] == u'.') // "Rs.500", "Fr. 12"
        ++n;
    return n;
}

/// The number between its decorations: `s` starts and ends with a digit or separator.
struct Decorations {
    bool negative = false;
    bool valid = true;
};

/// Strips sign, parentheses, currency and percent from both ends of `s`.
Decorations stripDecorations(QStringView& s) {
    Decorations d;
    bool sign = false;
    bool currency = false;
    bool parens = false;
    bool percent = false;
    for (;;) {
        s = s.trimmed();
        if (s.isEmpty())
            break;
        const QChar c = s.front();
        if (!sign && !parens && (isMinus(c) || c == u'+')) {
            sign = true;
            d.negative = isMinus(c);
            s = s.sliced(1);
        } else if (!parens && !sign && c == u'(' && s.back() == u')') {
            parens = true;
            s = s.sliced(1).chopped(1);
        } else if (const qsizetype n = currency ? 0 : currencyTokenLength(s, false)) {
            currency = true;
            s = s.sliced(n);
        } else {
            break;
        }
    }
    for (;;) {
        s = s.trimmed();
        if (s.isEmpty())
            break;
        if (!percent && s.back() == u'%') {
            percent = true;
            s.chop(1);
        } else if (const qsizetype n = currency ? 0 : currencyTokenLength(s, true)) {
            currency = true;
            s.chop(n);
        } else {
            break;
        }
    }
    d.negative = d.negative || parens;
    d.valid = !s.isEmpty();
    return d;
}

/// Groups of the integer part are 1-3 digits then 3s, or the Indian 1-2, 2s, last 3.
bool validGrouping(const std::vector<qsizetype>& groups) {
    if (groups.size() < 2)
        return true;
    if (groups.front() < 1 || groups.front() > 3 || groups.back() != 3)
        return false;
    bool threes = true;
    bool twos = groups.front() <= 2;
    for (std::size_t k = 1; k + 1 < groups.size(); ++k) {
        threes = threes && groups[k] == 3;
        twos = twos && groups[k] == 2;
    }
    return threes || twos;
}

QChar autoDecimal(QStringView core) {
    const qsizetype dots = core.count(u'.');
    const qsizetype commas = core.count(u',');
    if (dots > 0 && commas > 0)
        return core.lastIndexOf(u'.') > core.lastIndexOf(u',') ? QChar(u'.') : QChar(u',');
    if (dots + commas != 1)
        return QChar();
    const QChar sep = dots ? QChar(u'.') : QChar(u',');
    const qsizetype at = core.indexOf(sep);
    if (core.size() - at - 1 != 3)
        return sep;
    const QStringView integer = core.first(at);
    bool otherGroups = false;
    qsizetype lastGroup = 0;
    for (QChar c : integer) {
        if (isAsciiDigit(c)) {
            ++lastGroup;
        } else {
            otherGroups = true;
            lastGroup = 0;
        }
    }
    if (otherGroups || integer.isEmpty() || integer.front() == u'0' || lastGroup > 3)
        return sep;
    return sep == u'.' ? sep : QChar();
}

/// Digits with grouping and one decimal separator into "1234.56", or empty when malformed.
std::string plainDigits(QStringView core, QChar decimal) {
    std::string out;
    out.reserve(static_cast<std::size_t>(core.size()) + 1);
    std::vector<qsizetype> groups{0};
    QChar groupChar;
    bool inFraction = false;
    bool previousWasDigit = false;
    for (qsizetype i = 0; i < core.size(); ++i) {
        const QChar c = core[i];
        if (isAsciiDigit(c)) {
            out.push_back(static_cast<char>(c.unicode()));
            if (!inFraction)
                ++groups.back();
            previousWasDigit = true;
            continue;
        }
        const bool leadingDecimal = i == 0 && c == decimal;
        if ((!previousWasDigit && !leadingDecimal) || i + 1 == core.size())
            return {}; // two separators in a row, or a trailing one
        previousWasDigit = false;
        if (c == decimal && !inFraction) {
            inFraction = true;
            out.push_back('.');
            continue;
        }
        const bool group = c == u'.' || c == u',' || isSpaceGroup(c) || isApostropheGroup(c);
        const QChar kind = isSpaceGroup(c) ? QChar(u' ') : c;
        if (!group || inFraction || (!groupChar.isNull() && kind != groupChar))
            return {};
        groupChar = kind;
        groups.push_back(0);
    }
    if (!validGrouping(groups))
        return {};
    return out;
}

ParsedNumber invalid() {
    return ParsedNumber{Status::Invalid, 0};
}

ParsedNumber fromChars(const std::string& digits, bool negative) {
    if (digits.empty())
        return invalid();
    double value = 0;
    const char* first = digits.data();
    const char* last = first + digits.size();
    const auto [end, error] = std::from_chars(first, last, value);
    if (error != std::errc() || end != last)
        return invalid();
    return ParsedNumber{Status::Ok, negative ? -value : value};
}

ParsedNumber parseExponent(QStringView core, bool negative) {
    std::string digits;
    for (QChar c : core) {
        if (c.unicode() >= 0x80)
            return invalid();
        digits.push_back(static_cast<char>(c.unicode()));
    }
    // from_chars accepts only [digits][.digits][e[+-]digits]; a leading '+' is ours to drop.
    const std::size_t e = digits.find_first_of("eE");
    if (e + 1 < digits.size() && digits[e + 1] == '+')
        digits.erase(e + 1, 1);
    if (digits.find_first_not_of("0123456789.eE-") != std::string::npos)
        return invalid();
    return fromChars(digits, negative);
}

/// A plain number, `123` or `-12.50` (what most exports write), read straight from its digits;
/// nullopt for anything else (grouping, decorations, exponents), which the general path reads.
std::optional<ParsedNumber> parsePlain(QStringView s, DecimalSeparator decimal) {
    constexpr qsizetype kMaxLength = 40;
    if (s.size() > kMaxLength)
        return std::nullopt;
    std::array<char, kMaxLength> buffer{};
    qsizetype integerDigits = 0;
    qsizetype fractionDigits = 0;
    bool dot = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= u'0' && c <= u'9')
            ++(dot ? fractionDigits : integerDigits);
        else if (c == u'.' && !dot && decimal != DecimalSeparator::Comma)
            dot = true; // a single dot is the decimal point unless decimals are commas
        else if (c != u'-' || i != 0)
            return std::nullopt;
        buffer[static_cast<std::size_t>(i)] = static_cast<char>(c);
    }
    if (integerDigits == 0 || (dot && fractionDigits == 0))
        return std::nullopt;
    double value = 0;
    const char* const last = buffer.data() + s.size();
    const auto [end, error] = std::from_chars(buffer.data(), last, value);
    if (error != std::errc() || end != last)
        return std::nullopt;
    return ParsedNumber{Status::Ok, value};
}

} // namespace

ParsedNumber parseNumber(QStringView text) {
    return parseNumber(text, DecimalSeparator::Auto);
}

ParsedNumber parseNumber(QStringView text, DecimalSeparator decimal) {
    QStringView s = text.trimmed();
    if (!s.isEmpty() && s.front() == u'\'')
        s = s.sliced(1).trimmed();
    if (s.isEmpty())
        return ParsedNumber{Status::Empty, 0};
    if (const std::optional<ParsedNumber> plain = parsePlain(s, decimal))
        return *plain;
    const Decorations decorations = stripDecorations(s);
    if (!decorations.valid)
        return invalid();
    const qsizetype e = s.indexOf(u'e', 0, Qt::CaseInsensitive);
    if (e > 0 && isAsciiDigit(s[e - 1]))
        return parseExponent(s, decorations.negative);
    QChar separator;
    switch (decimal) {
    case DecimalSeparator::Auto:
        separator = autoDecimal(s);
        break;
    case DecimalSeparator::Dot:
        separator = u'.';
        break;
    case DecimalSeparator::Comma:
        separator = u',';
        break;
    }
    return fromChars(plainDigits(s, separator), decorations.negative);
}

std::optional<bool> parseBool(QStringView text) {
    const QStringView s = text.trimmed();
    for (QStringView yes : {u"yes", u"true", u"y", u"1"}) {
        if (s.compare(yes, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (QStringView no : {u"no", u"false", u"n", u"0"}) {
        if (s.compare(no, Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

QString normalizeEmail(QStringView text) {
    return text.trimmed().toString().toLower();
}

} // namespace pvi
