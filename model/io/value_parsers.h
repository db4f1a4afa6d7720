#pragma once

#include "io/timestamp.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace pvi {

/// The result of parsing a number cell: empty, a value, or not a number.
struct ParsedNumber {
    enum class Status { Empty, Ok, Invalid };
    Status status = Status::Empty;
    double value = 0;

    /// True when `value` holds a parsed number.
    bool ok() const { return status == Status::Ok; }
};

/// Which character separates the decimals; Auto decides per value (see parseNumber()).
enum class DecimalSeparator { Auto, Dot, Comma };

/// Parses a money or count cell as shops and spreadsheets write it.
///
/// Accepted around the digits (in any order, at most one of each): leading/trailing spaces, an
/// Excel guard apostrophe (`'4001`), a sign (`-`, `+`, U+2212), accounting parentheses
/// (`(12.00)` = -12), a currency symbol or code before or after (`$`, `€`, `£`, `CA$`, `R`, `kr`,
/// `EUR`, `USD`: one or two currency signs with up to three letters, an upper-case three-letter
/// code, or R, Rs, kr, zł, Kč, Ft, lei, Fr, RM, Rp, TL), and a trailing `%` (`12%` reads 12, not
/// 0.12). Exponents (`1.5e-3`) are read with a dot decimal.
///
/// Digit grouping: spaces (also no-break and thin spaces), apostrophes, and `.` or `,` when the
/// other one is the decimal separator. Groups after the first have exactly 3 digits (or the
/// Indian 2-2-3 pattern). With DecimalSeparator::Auto the decimal separator is:
/// - the last of `.` and `,` when both occur (`1.234,56`, `1,234.56`);
/// - none when one of them occurs more than once (`1,234,567`, `1.234.567`);
/// - the single `.` or `,` unless exactly 3 digits follow it; with 3 digits it is still the
///   decimal separator after a zero integer part (`0,125`), after more than 3 integer digits
///   (`1234,567`) or when spaces/apostrophes group the digits (`1 234,567`); otherwise `.` is a
///   decimal point (`1.234` = 1.234) and `,` a thousands separator (`1,234` = 1234).
/// Pass Dot or Comma when the column's convention is known (e.g. `1.234` = 1234 with Comma).
ParsedNumber parseNumber(QStringView text);
/// As parseNumber(text), with the decimal separator given.
ParsedNumber parseNumber(QStringView text, DecimalSeparator decimal);

/// yes/no, true/false, y/n, 1/0 (any case, surrounding spaces ignored); nullopt otherwise.
std::optional<bool> parseBool(QStringView text);

/// An e-mail address as a join key: trimmed and lower-cased; empty stays empty.
QString normalizeEmail(QStringView text);

} // namespace pvi
