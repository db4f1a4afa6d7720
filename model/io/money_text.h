#pragma once

#include <QLocale>
#include <QString>

namespace pvi {

/// The symbol written before an amount in this ISO currency ("$" for USD, "CA$" for CAD, "€"
/// for EUR, ...); empty for an unknown or empty code.
QString currencySymbol(const QString& currencyCode);

/// An amount of money in `locale`'s digits: "CA$1,234.56", "−$12.00"; with an unknown code the
/// code follows the number ("1,234.56 XYZ"), with none the bare number. The window writes
/// amounts through formatMoney (ui/widgets/value_format.h), the command line through this.
QString moneyText(double value, const QString& currencyCode,
                  const QLocale& locale = QLocale(QLocale::English, QLocale::UnitedStates));

} // namespace pvi
