#pragma once

#include "analytics/lifetime/clv_predictions.h"

#include <QHash>
#include <QString>

#include <limits>
#include <span>
#include <vector>

namespace pvi {

/// Predicted lifetime value and churn risk of one group of customers (a segment, or exposed vs
/// unexposed customers for clv_uplift).
struct ClvGroupSummary {
    QString group;     ///< the group's name
    int customers = 0; ///< customers with a prediction in the group
    /// Customers of the group with at least one repeat purchase (x > 0). BG/NBD gives a
    /// one-time buyer P(alive) = 1 by construction (it cannot tell whether they left), so
    /// P(alive) and churn risk are summarized over these customers only.
    int repeatCustomers = 0;
    double meanPAlive = std::numeric_limits<double>::quiet_NaN();    ///< over repeat customers
    double meanChurnRisk = std::numeric_limits<double>::quiet_NaN(); ///< 1 - meanPAlive
    double meanExpectedPurchases = std::numeric_limits<double>::quiet_NaN(); ///< per customer
    /// Mean discounted CLV (NaN when no customer of the group has one: no spend model).
    double meanClv = std::numeric_limits<double>::quiet_NaN();
    double totalClv = 0.0;    ///< sum of the CLVs that exist
    int customersWithClv = 0; ///< customers whose CLV exists
};

/// Summarizes predictions per group: customers[i] is in the group names[groupOf[i]], or in none
/// when groupOf[i] is negative (one index per customer). The groups with a customer come sorted
/// by name.
std::vector<ClvGroupSummary>
summarizeClvByGroup(const std::vector<CustomerClvPrediction>& customers,
                    std::span<const int> groupOf, const QStringList& names);

/// The same with groupOf mapping a customer id to its group; customers without one are left out.
std::vector<ClvGroupSummary>
summarizeClvByGroup(const std::vector<CustomerClvPrediction>& customers,
                    const QHash<QString, QString>& groupOf);

/// Relative uplift of the mean predicted CLV of `treated` over `control`, (t - c) / c;
/// NaN when either mean is missing or the control mean is 0.
double clvUplift(const ClvGroupSummary& treated, const ClvGroupSummary& control);

} // namespace pvi
