#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QStringView>
#include <QTime>

#include <optional>

namespace pvi {

/// A point in time as a shop's export writes it: the local date and time, plus the UTC offset
/// when the text gives one. PVIs bucket by the local `date` (the shop's calendar day).
struct Timestamp {
    /// The date as written (the shop's local date).
    QDate date;
    /// The time of day as written; midnight for a date without a time.
    QTime time;
    /// Seconds east of UTC when the text names an offset or a known zone abbreviation.
    std::optional<int> utcOffsetSeconds;
    /// False when the text held only a date.
    bool hasTime = true;

    /// The instant in UTC; with no known offset the local time is taken as UTC.
    QDateTime toUtc() const;
};

/// How to read an all-numeric date whose year comes last: 3/2/2017 is 2 March (MonthFirst, US)
/// or 3 February (DayFirst). Dates with dots (20.03.2025) are always day first.
enum class DateOrder { MonthFirst, DayFirst };

/// Parses the timestamp formats that shops, survey tools and analytics exports write.
///
/// Date: `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYYMMDD` (GA4), `M/D/YY[YY]` and `D/M/YY[YY]` (per `order`;
/// also with `-`), `D.M.YYYY`; two-digit years are 20YY. Then optionally a time after `T` or
/// spaces: `H:MM`, `H:MM:SS`, fractional seconds (`.` or `,`, kept to the millisecond), an
/// `AM`/`PM` marker (12-hour clock), and a zone: `Z`, `+HH:MM`, `+HHMM`, `+HH`, `UTC`/`GMT`
/// optionally followed by an offset (`GMT+2`), or an upper-case abbreviation (AST, EDT, CET...;
/// the common North American and European ones map to offsets, unknown ones leave the offset
/// unknown). Returns nullopt for anything else or for impossible dates and times (2025-02-30,
/// 13/13/2025 with MonthFirst, 25:00).
std::optional<Timestamp> parseTimestamp(QStringView text, DateOrder order = DateOrder::MonthFirst);

/// "YYYY-MM-DDTHH:MM:SS", plus "+HH:MM" when the offset is known: how the workspace stores a
/// parsed timestamp (a date-only value gets midnight).
QString toIsoText(const Timestamp& t);

/// The instant a trimmed timestamp text names, in UTC (see Timestamp::toUtc); nullopt when
/// parseTimestamp() rejects it. For stored touch, conversion and order times.
std::optional<QDateTime> parseUtcInstant(QStringView text);

/// The date order of a column: DayFirst when some sample parses only day first (22/02/2015) and
/// none parses only month first (2/22/2015); MonthFirst in the opposite case; else `fallback`.
DateOrder inferDateOrder(const QStringList& samples, DateOrder fallback = DateOrder::MonthFirst);

} // namespace pvi
