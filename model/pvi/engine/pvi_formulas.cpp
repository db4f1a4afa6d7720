#include "pvi/engine/pvi_formulas.h"

namespace pvi::formulas {

namespace {

double ratio(qint64 numerator, qint64 denominator) {
    return static_cast<double>(numerator) / static_cast<double>(denominator);
}

} // namespace

std::optional<double> retentionRate(qint64 activeAtStart, qint64 newInPeriod, qint64 activeAtEnd) {
    if (activeAtStart <= 0)
        return std::nullopt;
    return ratio(activeAtEnd - newInPeriod, activeAtStart) * 100.0;
}

std::optional<double> churnRate(qint64 activeAtStart, qint64 lostOfThem) {
    if (activeAtStart <= 0)
        return std::nullopt;
    return ratio(lostOfThem, activeAtStart) * 100.0;
}

std::optional<double> repeatPurchaseRate(qint64 repeaters, qint64 customers) {
    if (customers <= 0)
        return std::nullopt;
    return ratio(repeaters, customers) * 100.0;
}

std::optional<double> purchaseFrequency(qint64 orders, qint64 customers, qint64 periodDays) {
    if (customers <= 0 || periodDays <= 0)
        return std::nullopt;
    return ratio(orders, customers) * 365.0 / static_cast<double>(periodDays);
}

double lifespanYears(double annualChurnFraction) {
    if (annualChurnFraction <= 1.0 / kMaxLifespanYears)
        return kMaxLifespanYears;
    return 1.0 / annualChurnFraction;
}

double clvSimple(double averageOrderValue, double purchaseFrequency, double lifespanYears) {
    return averageOrderValue * purchaseFrequency * lifespanYears;
}

std::optional<double> liftPercent(double personalized, double control) {
    if (control == 0.0)
        return std::nullopt;
    return (personalized - control) / control * 100.0;
}

} // namespace pvi::formulas
