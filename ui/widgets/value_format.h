#pragma once

#include "io/money_text.h"
#include "pvi/effect/pvi_effect.h"
#include "pvi/engine/period_filter.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>
#include <utility>

namespace pvi {

/// The locale every number and date of the window is written in: the default QLocale, which
/// the window sets to its language at start-up (shell/translations.h) and the pvi command line
/// to English (United States); English (United States) under the C locale.
QLocale displayLocale();

/// A number already in the display locale followed by the percent sign as the locale writes
/// it: "12.3%" in English, "12,3 %" (non-breaking space) in French.
QString withPercentSign(const QString& number);

/// A whole count with thousands separators: "12,345".
QString formatCount(qint64 n);

/// A day as the pages write it: "5 Mar 2025".
QString formatDay(const QDate& day);

/// A range of days: "1 Mar 2025 – 31 Mar 2025".
QString formatDayRange(const QDate& from, const QDate& to);

/// The filter's period as the window names it: "Last 30 days", or its custom days in the display
/// locale; in the window's language.
QString periodFilterLabel(const PeriodFilter& filter);

/// How a PVI's value is written.
enum class ValueKind {
    Currency, ///< money, 2 decimals with thousands separators
    Percent,  ///< a value already × 100, 1 decimal and "%"
    Count,    ///< whole number with thousands separators
    Decimal,  ///< any other quantity, 2 decimals (with the unit label after it)
};

/// An amount of money in the window's locale: in English as the command line writes it
/// (io/money_text.h) "CA$1,234.56", "−$12.00"; in French after the amount, "1 234,56 $" for the
/// locale's own currency (CAD in fr_CA), "12,00 $ US" for another.
QString formatMoney(double value, const QString& currencyCode);

/// How the model's selection-effect sentences write numbers in the window: the display locale's
/// digits and formatMoney.
EffectNumberFormat effectNumberFormat();

/// An amount already written in the display locale (no sign) with its currency where the
/// language puts it: "CA$1,234" in English, "1 234 $" in fr_CA; with an unknown code the code
/// follows the amount, with none the bare amount.
QString withCurrency(const QString& amount, const QString& currencyCode);

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

/// A p-value with two significant digits in the display locale: "p = 0.013", "p = 0,14" in
/// French, "p < 0.001" below that.
QString formatPValue(double p);

/// A signed percentage with 1 decimal: "+3.1%", "−2.0%".
QString formatSignedPercent(double percent);

} // namespace pvi
