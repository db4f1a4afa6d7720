#include "widgets/value_format.h"

#include "io/money_text.h"

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

QString formatMoney(double value, const QString& currencyCode) {
    return moneyText(value, currencyCode, numberLocale());
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
