#pragma once

#include "io/money_text.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>
#include <utility>

namespace pvi {

/// The locale every number and date of the window is written in: English (United States),
/// whatever the system's, so that the figures match the command line's.
QLocale displayLocale();

/// A whole count with thousands separators: "12,345".
QString formatCount(qint64 n);

/// A day as the pages write it: "5 Mar 2025".
QString formatDay(const QDate& day);

/// A range of days: "1 Mar 2025 – 31 Mar 2025".
QString formatDayRange(const QDate& from, const QDate& to);

/// How a PVI's value is written.
enum class ValueKind {
    Currency, ///< money, 2 decimals with thousands separators
    Percent,  ///< a value already × 100, 1 decimal and "%"
    Count,    ///< whole number with thousands separators
    Decimal,  ///< any other quantity, 2 decimals (with the unit label after it)
};

/// An amount of money in the window's locale (io/money_text.h): "CA$1,234.56", "−$12.00".
QString formatMoney(double value, const QString& currencyCode);

/// The value as shown on a tile: "1,234.56", "12.3%", "1,024", "2.41 orders/year".
/// Money whose unit label is a known currency code is written with its symbol
/// (formatMoney); any other unit label follows the number.
QString formatValue(double value, ValueKind kind, const QString& unitLabel = {});

/// The change from `previous` to `current`: percentage points for percentages, a relative
/// change in % otherwise; with an arrow ("▲ 4.2%", "▼ 1.3 pp", "= 0.0%"). The second member is
/// the sign of the change (-1, 0, +1). Empty when previous is missing or zero (relative change).
std::pair<QString, int> formatChange(double current, std::optional<double> previous,
                                     ValueKind kind);

/// The lift between personalized and control: "+12.3%", followed by " ★" when p < 0.05.
QString formatLift(double liftPercent, std::optional<double> pValue);

/// A signed percentage with 1 decimal: "+3.1%", "−2.0%".
QString formatSignedPercent(double percent);

} // namespace pvi
