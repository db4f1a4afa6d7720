#include "io/money_text.h"

#include <QHash>

#include <cmath>

namespace pvi {

QString currencySymbol(const QString& currencyCode) {
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("CAD"), QStringLiteral("CA$")},
        {QStringLiteral("AUD"), QStringLiteral("A$")},
        {QStringLiteral("NZD"), QStringLiteral("NZ$")},
        {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("CNY"), QStringLiteral("CN¥")},
        {QStringLiteral("INR"), QStringLiteral("₹")},
        {QStringLiteral("ZAR"), QStringLiteral("R")},
        {QStringLiteral("CHF"), QStringLiteral("CHF ")},
        {QStringLiteral("MXN"), QStringLiteral("MX$")},
        {QStringLiteral("BRL"), QStringLiteral("R$")},
        {QStringLiteral("SEK"), QStringLiteral("SEK ")},
        {QStringLiteral("NOK"), QStringLiteral("NOK ")},
        {QStringLiteral("DKK"), QStringLiteral("DKK ")},
        {QStringLiteral("HKD"), QStringLiteral("HK$")},
        {QStringLiteral("SGD"), QStringLiteral("S$")},
    };
    return symbols.value(currencyCode.trimmed().toUpper());
}

QString moneyText(double value, const QString& currencyCode, const QLocale& locale) {
    const QString number = locale.toString(std::abs(value), 'f', 2);
    const QString sign = value < 0 && std::abs(value) >= 0.005 ? QStringLiteral("−") : QString();
    const QString symbol = currencySymbol(currencyCode);
    if (!symbol.isEmpty())
        return sign + symbol + number;
    const QString code = currencyCode.trimmed();
    return code.isEmpty() ? sign + number : sign + number + u' ' + code;
}

} // namespace pvi
