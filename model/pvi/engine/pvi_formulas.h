#pragma once

#include <QtGlobal>

#include <optional>

namespace pvi {

/// The closed-form PVI formulas of docs/pvi-catalogue.md, on counts and amounts already gathered.
/// Each returns nothing when its denominator is zero.
namespace formulas {

/// customer_retention_rate: (E − N) / S × 100. Worked example: S=100, N=20, E=110 → 90%.
std::optional<double> retentionRate(qint64 activeAtStart, qint64 newInPeriod, qint64 activeAtEnd);
/// churn_rate: customers of S not active at the end / S × 100.
std::optional<double> churnRate(qint64 activeAtStart, qint64 lostOfThem);
/// repeat_purchase_rate: repeaters / customers × 100. Worked example: 80 of 200 → 40%.
std::optional<double> repeatPurchaseRate(qint64 repeaters, qint64 customers);
/// purchase_frequency: orders / customers × 365 / period length in days.
std::optional<double> purchaseFrequency(qint64 orders, qint64 customers, qint64 periodDays);
/// customer_lifespan in years: 1 / annual churn (a fraction), capped at kMaxLifespanYears; the
/// cap also when nobody churned.
double lifespanYears(double annualChurnFraction);
/// clv_simple: AOV × purchase frequency × lifespan. Worked example: $50 × 2 × 3 = $300.
double clvSimple(double averageOrderValue, double purchaseFrequency, double lifespanYears);
/// lift = (personalized − control) / control × 100; nothing when control is 0.
std::optional<double> liftPercent(double personalized, double control);

/// The cap of customer_lifespan, in years.
constexpr double kMaxLifespanYears = 10.0;

} // namespace formulas
} // namespace pvi
