#include "widgets/value_format.h"

#include <QHash>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// Thousands separators and a dot, whatever the system's locale: the numbers match the CLI.
QLocale numberLocale() {
    QLocale locale = displayLocale();
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

} // namespace

QLocale displayLocale() {
    return QLocale(QLocale::English, QLocale::UnitedStates);
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
        return locale.toString(value, 'f', 1) + u'%';
    case ValueKind::Count:
        text = locale.toString(static_cast<qlonglong>(std::llround(value)));
        break;
    case ValueKind::Decimal:
        text = locale.toString(value, 'f', 2);
        break;
    }
    return unitLabel.isEmpty() ? text : text + u' ' + unitLabel;
}

QString currencySymbol(const QString& currencyCode) {
    static const QHash<QString, QString> symbols = {
        {u"USD"_s, u"$"_s},   {u"CAD"_s, u"CA$"_s},  {u"AUD"_s, u"A$"_s},   {u"NZD"_s, u"NZ$"_s},
        {u"EUR"_s, u"€"_s},   {u"GBP"_s, u"£"_s},    {u"JPY"_s, u"¥"_s},    {u"CNY"_s, u"CN¥"_s},
        {u"INR"_s, u"₹"_s},   {u"ZAR"_s, u"R"_s},    {u"CHF"_s, u"CHF "_s}, {u"MXN"_s, u"MX$"_s},
        {u"BRL"_s, u"R$"_s},  {u"SEK"_s, u"SEK "_s}, {u"NOK"_s, u"NOK "_s}, {u"DKK"_s, u"DKK "_s},
        {u"HKD"_s, u"HK$"_s}, {u"SGD"_s, u"S$"_s},
    };
    return symbols.value(currencyCode.trimmed().toUpper());
}

QString formatMoney(double value, const QString& currencyCode) {
    const QString number = numberLocale().toString(std::abs(value), 'f', 2);
    const QString sign = value < 0 && std::abs(value) >= 0.005 ? u"−"_s : QString();
    const QString symbol = currencySymbol(currencyCode);
    if (!symbol.isEmpty())
        return sign + symbol + number;
    const QString code = currencyCode.trimmed();
    return code.isEmpty() ? sign + number : sign + number + u' ' + code;
}

QString formatSignedPercent(double percent) {
    const QString magnitude = numberLocale().toString(std::abs(percent), 'f', 1);
    if (std::abs(percent) < 0.05)
        return u"0.0%"_s;
    return (percent > 0 ? u"+"_s : u"−"_s) + magnitude + u'%';
}

std::pair<QString, int> formatChange(double current, std::optional<double> previous,
                                     ValueKind kind) {
    if (!previous)
        return {};
    double change = 0;
    QString suffix;
    if (kind == ValueKind::Percent) {
        change = current - *previous;
        suffix = u" pp"_s;
    } else {
        if (std::abs(*previous) < 1e-12)
            return {};
        change = (current - *previous) / std::abs(*previous) * 100.0;
        suffix = u"%"_s;
    }
    const QString magnitude = numberLocale().toString(std::abs(change), 'f', 1);
    if (magnitude == u"0.0"_s)
        return {u"= 0.0"_s + suffix, 0};
    return {(change > 0 ? u"▲ "_s : u"▼ "_s) + magnitude + suffix, change > 0 ? 1 : -1};
}

QString formatLift(double liftPercent, std::optional<double> pValue) {
    QString text = formatSignedPercent(liftPercent);
    if (pValue && *pValue < 0.05)
        text += u" ★"_s;
    return text;
}

} // namespace pvi
