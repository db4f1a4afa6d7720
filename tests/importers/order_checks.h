#pragma once

#include "store/database.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pvi::test {

/// One order as the orders table holds it, for comparing with hand-worked expectations.
struct StoredOrder {
    bool found = false;
    QString name, email, createdAt, orderDate, financialStatus, currency, discountCode, channel;
    QString landingSite, referringSite, utmSource, utmMedium, utmCampaign;
    std::optional<double> subtotal, total, discountAmount;
    double refunded = 0;
    double netRevenue = 0;
    bool isValid = false;
    int lines = 0;
    int quantity = 0; ///< Σ quantity over its lines
};

/// The order (source, key) with its customer's e-mail and line counts.
StoredOrder storedOrder(Database& db, const QString& source, const QString& key);

/// Σ net revenue of the valid orders.
double validNetRevenue(Database& db);

/// The header row of a CSV file (empty when it cannot be read).
QStringList headerOf(const QString& path);

/// Whether two amounts parsed from 2-decimal text agree (tolerance 1e-9).
bool sameAmount(double actual, double expected);

} // namespace pvi::test
