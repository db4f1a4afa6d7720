#include "widgets/value_format.h"

#include "io/money_text.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// The texts of the value formats that a translation changes ("pp" after percentage points).
struct ValueFormatText {
    Q_DECLARE_TR_FUNCTIONS(ValueFormatText)
};

/// The display locale with thousands separators, whatever options the default locale carries.
QLocale numberLocale() {
    QLocale locale = displayLocale();
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

/// How a language writes the symbol of `currencyCode` after an amount, where it differs from
/// the symbol before it (io/money_text.h): French writes dollars other than its own "$ US" (a
/// non-breaking space inside).
QString symbolAfterAmount(const QString& currencyCode, const QLocale& locale) {
    const QString code = currencyCode.trimmed().toUpper();
    if (code == locale.currencySymbol(QLocale::CurrencyIsoCode))
        return locale.currencySymbol(QLocale::CurrencySymbol);
    static const QHash<QString, QString> dollars = {
        {u"USD"_s, u"$\u00A0US"_s}, {u"CAD"_s, u"$\u00A0CA"_s}, {u"AUD"_s, u"$\u00A0AU"_s},
        {u"NZD"_s, u"$\u00A0NZ"_s}, {u"HKD"_s, u"$\u00A0HK"_s}, {u"SGD"_s, u"$\u00A0SG"_s},
        {u"MXN"_s, u"$\u00A0MX"_s},
    };
    const auto dollar = dollars.constFind(code);
    if (dollar != dollars.constEnd())
        return *dollar;
    return currencySymbol(code).trimmed();
}

} // namespace

QLocale displayLocale() {
    const QLocale locale;
    // The C locale (LANG=C) has no thousands separators: the window writes English then.
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString withPercentSign(const QString& number) {
    // French sets the sign apart with a non-breaking space ("12,3 %"), English does not.
    const bool spaced = displayLocale().language() == QLocale::French;
    return spaced ? number + QChar(0x00A0) + u'%' : number + u'%';
}

QString formatCount(qint64 n) {
    return displayLocale().toString(n);
}

QString formatDay(const QDate& day) {
    return displayLocale().toString(day, u"d MMM yyyy"_s);
}

QString formatDayRange(const QDate& from, const QDate& to) {
    return u"%1 – %2"_s.arg(formatDay(from), formatDay(to));
}

QString periodFilterLabel(const PeriodFilter& filter) {
    using P = PeriodFilter::Preset;
    switch (filter.preset) {
    case P::Last30Days:
        return ValueFormatText::tr("Last 30 days");
    case P::Last90Days:
        return ValueFormatText::tr("Last 90 days");
    case P::Last365Days:
        return ValueFormatText::tr("Last 365 days");
    case P::YearToDate:
        return ValueFormatText::tr("Year to date");
    case P::Custom:
        break;
    }
    return formatDayRange(filter.customFrom, filter.customTo);
}

QString formatValue(double value, ValueKind kind, const QString& unitLabel) {
    const QLocale locale = numberLocale();
    QString text;
    switch (kind) {
    case ValueKind::Currency:
        if (!currencySymbol(unitLabel).isEmpty())
            return formatMoney(value, unitLabel);
        text = locale.toString(value, 'f', 2);
        break;
    case ValueKind::Percent:
        return withPercentSign(locale.toString(value, 'f', 1));
    case ValueKind::Count:
        text = locale.toString(static_cast<qlonglong>(std::llround(value)));
        break;
    case ValueKind::Decimal:
        text = locale.toString(value, 'f', 2);
        break;
    }
    return unitLabel.isEmpty() ? text : text + u' ' + unitLabel;
}

QString withCurrency(const QString& amount, const QString& currencyCode) {
    const QLocale locale = displayLocale();
    const QString code = currencyCode.trimmed();
    if (code.isEmpty())
        return amount;
    // English writes the symbol first, as the command line does (io/money_text.h): "CA$1,234.56".
    if (locale.language() == QLocale::English) {
        const QString symbol = currencySymbol(code);
        return symbol.isEmpty() ? amount + u' ' + code : symbol + amount;
    }
    // Other languages write it after the amount, apart: "1 234,56 $" in fr_CA.
    const QString symbol = symbolAfterAmount(code, locale);
    return amount + QChar(0x00A0) + (symbol.isEmpty() ? code : symbol);
}

QString formatMoney(double value, const QString& currencyCode) {
    const QString sign = value < 0 && std::abs(value) >= 0.005 ? u"−"_s : QString();
    return sign + withCurrency(numberLocale().toString(std::abs(value), 'f', 2), currencyCode);
}

QString formatPValue(double p) {
    const QLocale locale = numberLocale();
    return p < 0.001 ? u"p < "_s + locale.toString(0.001, 'f', 3)
                     : u"p = "_s + locale.toString(p, 'g', 2);
}

EffectNumberFormat effectNumberFormat() {
    return {numberLocale(), formatMoney};
}

QString formatSignedPercent(double percent) {
    const QLocale locale = numberLocale();
    if (std::abs(percent) < 0.05)
        return withPercentSign(locale.toString(0.0, 'f', 1));
    return (percent > 0 ? u"+"_s : u"−"_s) +
           withPercentSign(locale.toString(std::abs(percent), 'f', 1));
}

std::pair<QString, int> formatChange(double current, std::optional<double> previous,
                                     ValueKind kind) {
    if (!previous)
        return {};
    double change = 0;
    if (kind == ValueKind::Percent) {
        change = current - *previous;
    } else {
        if (std::abs(*previous) < 1e-12)
            return {};
        change = (current - *previous) / std::abs(*previous) * 100.0;
    }
    const QLocale locale = numberLocale();
    const QString magnitude = locale.toString(std::abs(change), 'f', 1);
    const bool none = magnitude == locale.toString(0.0, 'f', 1);
    const QString amount =
        kind == ValueKind::Percent
            ? ValueFormatText::tr("%1 pp", "a change in percentage points").arg(magnitude)
            : withPercentSign(magnitude);
    if (none)
        return {u"= "_s + amount, 0};
    return {(change > 0 ? u"▲ "_s : u"▼ "_s) + amount, change > 0 ? 1 : -1};
}

QString formatLift(double liftPercent, std::optional<double> pValue) {
    QString text = formatSignedPercent(liftPercent);
    if (pValue && *pValue < 0.05)
        text += u" ★"_s;
    return text;
}

} // namespace pvi
