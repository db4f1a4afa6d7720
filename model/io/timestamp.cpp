#include "io/timestamp.h"

#include <array>
#include <cstdlib>

namespace pvi {

namespace {

void appendDigits(QString& out, int value, int width) {
    char16_t digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    }
    out.append(QStringView(digits, width));
}

constexpr int kHour = 3600;

/// Zone abbreviations common in North American and European exports, with their offsets.
struct ZoneAbbreviation {
    QStringView name;
    int offsetSeconds;
};
constexpr std::array<ZoneAbbreviation, 27> kZones = {{
    {u"UTC", 0},           {u"GMT", 0},           {u"UT", 0},
    {u"WET", 0},           {u"WEST", kHour},      {u"BST", kHour},
    {u"CET", kHour},       {u"CEST", 2 * kHour},  {u"EET", 2 * kHour},
    {u"EEST", 3 * kHour},  {u"MSK", 3 * kHour},   {u"AST", -4 * kHour},
    {u"ADT", -3 * kHour},  {u"EST", -5 * kHour},  {u"EDT", -4 * kHour},
    {u"CST", -6 * kHour},  {u"CDT", -5 * kHour},  {u"MST", -7 * kHour},
    {u"MDT", -6 * kHour},  {u"PST", -8 * kHour},  {u"PDT", -7 * kHour},
    {u"AKST", -9 * kHour}, {u"AKDT", -8 * kHour}, {u"HST", -10 * kHour},
    {u"NST", -12600},      {u"NDT", -9000},       {u"AEST", 10 * kHour},
}};

/// A read position in the text with small helpers for the grammar.
class Cursor {
public:
    explicit Cursor(QStringView text)
        : m_text(text) {}
    bool atEnd() const { return m_at >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_at]; }
    void advance(qsizetype n = 1) { m_at += n; }
    bool eat(QChar c) {
        if (atEnd() || m_text[m_at] != c)
            return false;
        ++m_at;
        return true;
    }
    /// Reads up to `maxCount` ASCII digits into `value`; returns how many were read.
    int digits(int& value, int maxCount) {
        value = 0;
        int count = 0;
        while (count < maxCount && !atEnd() && peek() >= u'0' && peek() <= u'9') {
            value = value * 10 + (peek().unicode() - u'0');
            ++m_at;
            ++count;
        }
        return count;
    }
    /// Skips spaces; returns whether there were any.
    bool skipSpaces() {
        const qsizetype start = m_at;
        while (!atEnd() && peek().isSpace())
            ++m_at;
        return m_at > start;
    }
    QStringView rest() const { return m_text.sliced(std::min(m_at, m_text.size())); }

private:
    QStringView m_text;
    qsizetype m_at = 0;
};

std::optional<QDate> readDate(Cursor& c, DateOrder order) {
    int first = 0;
    const int firstDigits = c.digits(first, 8);
    if (firstDigits == 8) // YYYYMMDD
        return QDate(first / 10000, first / 100 % 100, first % 100);
    const QChar separator = c.peek();
    if (firstDigits == 0 || (separator != u'-' && separator != u'/' && separator != u'.'))
        return std::nullopt;
    c.advance();
    int second = 0;
    const int secondDigits = c.digits(second, 2);
    int third = 0;
    if (secondDigits == 0 || !c.eat(separator))
        return std::nullopt;
    const int thirdDigits = c.digits(third, 4);
    if (firstDigits == 4 && thirdDigits >= 1 && thirdDigits <= 2)
        return QDate(first, second, third);
    if (firstDigits > 2 || (thirdDigits != 2 && thirdDigits != 4))
        return std::nullopt;
    const int year = thirdDigits == 2 ? 2000 + third : third;
    if (separator == u'.' || order == DateOrder::DayFirst)
        return QDate(year, second, first);
    return QDate(year, first, second);
}

/// Reads H:MM[:SS[.fff]] with an optional AM/PM marker.
std::optional<QTime> readTime(Cursor& c) {
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millisecond = 0;
    const int hourDigits = c.digits(hour, 2);
    if (hourDigits == 0 || !c.eat(u':') || c.digits(minute, 2) != 2)
        return std::nullopt;
    if (c.eat(u':')) {
        if (c.digits(second, 2) != 2)
            return std::nullopt;
        if (c.peek() == u'.' || c.peek() == u',') {
            c.advance();
            int fraction = 0;
            const int fractionDigits = c.digits(fraction, 3);
            if (fractionDigits == 0)
                return std::nullopt;
            millisecond = fraction * (fractionDigits == 1 ? 100 : fractionDigits == 2 ? 10 : 1);
            int ignored = 0;
            while (c.digits(ignored, 9) > 0) { // beyond milliseconds
            }
        }
    }
    c.skipSpaces();
    const QStringView rest = c.rest();
    const bool am = rest.startsWith(u"AM", Qt::CaseInsensitive);
    const bool pm = rest.startsWith(u"PM", Qt::CaseInsensitive);
    if (am || pm) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (pm ? 12 : 0);
        c.advance(2);
    }
    if (!QTime::isValid(hour, minute, second, millisecond))
        return std::nullopt;
    return QTime(hour, minute, second, millisecond);
}

/// Reads +HH:MM, +HHMM or +HH after the sign; seconds east of UTC.
std::optional<int> readNumericOffset(Cursor& c) {
    const QChar sign = c.peek();
    if (sign != u'+' && sign != u'-' && sign != u'\u2212')
        return std::nullopt;
    c.advance();
    int hours = 0;
    int minutes = 0;
    const int hourDigits = c.digits(hours, 2);
    if (hourDigits == 0)
        return std::nullopt;
    if (c.eat(u':')) {
        if (c.digits(minutes, 2) != 2)
            return std::nullopt;
    } else if (hourDigits == 2 && c.digits(minutes, 2) == 1) {
        return std::nullopt;
    }
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int offset = hours * kHour + minutes * 60;
    return sign == u'+' ? offset : -offset;
}

/// Reads the zone at the end of the text. Returns false when the text is not a zone; `offset`
/// stays empty for an unknown abbreviation.
bool readZone(Cursor& c, std::optional<int>& offset) {
    if (c.eat(u'Z') || c.eat(u'z')) {
        offset = 0;
        return c.atEnd();
    }
    if (const auto numeric = readNumericOffset(c)) {
        offset = numeric;
        return c.atEnd();
    }
    const QStringView rest = c.rest();
    qsizetype letters = 0;
    while (letters < rest.size() && rest[letters] >= u'A' && rest[letters] <= u'Z')
        ++letters;
    if (letters < 2 || letters > 5)
        return false;
    const QStringView name = rest.first(letters);
    c.advance(letters);
    for (const ZoneAbbreviation& zone : kZones) {
        if (zone.name == name)
            offset = zone.offsetSeconds;
    }
    if (offset == 0 && (name == u"UTC" || name == u"GMT") && !c.atEnd()) { // GMT+2, UTC-07:00
        offset = readNumericOffset(c);
        if (!offset)
            return false;
    }
    return c.atEnd();
}

} // namespace

QDateTime Timestamp::toUtc() const {
    return QDateTime(date, time, Qt::UTC).addSecs(-utcOffsetSeconds.value_or(0));
}

std::optional<Timestamp> parseTimestamp(QStringView text, DateOrder order) {
    Cursor c(text.trimmed());
    if (c.atEnd())
        return std::nullopt;
    const std::optional<QDate> date = readDate(c, order);
    if (!date || !date->isValid())
        return std::nullopt;
    Timestamp result{*date, QTime(0, 0), std::nullopt, false};
    if (c.atEnd())
        return result;
    if (!c.eat(u'T') && !c.eat(u't') && !c.skipSpaces())
        return std::nullopt;
    const std::optional<QTime> time = readTime(c);
    if (!time)
        return std::nullopt;
    result.time = *time;
    result.hasTime = true;
    c.skipSpaces();
    if (!c.atEnd() && !readZone(c, result.utcOffsetSeconds))
        return std::nullopt;
    return result;
}

DateOrder inferDateOrder(const QStringList& samples, DateOrder fallback) {
    bool onlyDayFirst = false;
    bool onlyMonthFirst = false;
    for (const QString& sample : samples) {
        const bool monthFirst = parseTimestamp(sample, DateOrder::MonthFirst).has_value();
        const bool dayFirst = parseTimestamp(sample, DateOrder::DayFirst).has_value();
        onlyDayFirst = onlyDayFirst || (dayFirst && !monthFirst);
        onlyMonthFirst = onlyMonthFirst || (monthFirst && !dayFirst);
    }
    if (onlyDayFirst != onlyMonthFirst)
        return onlyDayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
    return fallback;
}

std::optional<QDateTime> parseUtcInstant(QStringView text) {
    const auto ts = parseTimestamp(text.trimmed());
    if (!ts)
        return std::nullopt;
    return ts->toUtc();
}

// Built by hand, not with QString::arg: this runs for every order of a large import.
QString toIsoText(const Timestamp& t) {
    QString out;
    out.reserve(25);
    appendDigits(out, t.date.year(), 4);
    out.append(u'-');
    appendDigits(out, t.date.month(), 2);
    out.append(u'-');
    appendDigits(out, t.date.day(), 2);
    out.append(u'T');
    const QTime time = t.time.isValid() ? t.time : QTime(0, 0);
    appendDigits(out, time.hour(), 2);
    out.append(u':');
    appendDigits(out, time.minute(), 2);
    out.append(u':');
    appendDigits(out, time.second(), 2);
    if (t.utcOffsetSeconds) {
        const int offset = *t.utcOffsetSeconds;
        const int minutes = std::abs(offset) / 60;
        out.append(offset < 0 ? u'-' : u'+');
        appendDigits(out, minutes / 60, 2);
        out.append(u':');
        appendDigits(out, minutes % 60, 2);
    }
    return out;
}

} // namespace pvi
