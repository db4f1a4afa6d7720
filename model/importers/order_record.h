#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace pvi {

/// One line item of an order as stored in order_lines.
struct OrderLineRecord {
    int lineNo = 0;
    int quantity = 0;
    QString name;
    QString sku;
    std::optional<double> price;
    std::optional<double> compareAtPrice;
    std::optional<double> discount;
    QString vendor;

    bool operator==(const OrderLineRecord&) const = default;
};

/// One order as stored in the orders table (without its row id and batch), with its lines.
/// Empty strings are stored as NULL.
struct OrderRecord {
    QString source;
    QString orderKey;
    QString name;
    std::int64_t customerId = 0; ///< 0: no customer
    QString createdAt;           ///< ISO 8601 with the offset as written
    QString orderDate;           ///< the shop-local calendar date, YYYY-MM-DD
    QString financialStatus;
    QString cancelledAt;
    QString currency;
    std::optional<double> subtotal;
    std::optional<double> shipping;
    std::optional<double> taxes;
    std::optional<double> total;
    double refunded = 0;
    QString discountCode;
    std::optional<double> discountAmount;
    QString tags;
    std::optional<bool> acceptsMarketing;
    QString billingCountry;
    QString billingProvince;
    QString channel;
    QString landingSite;   ///< first page of the visit that led to the order
    QString referringSite; ///< the site the visit came from
    QString utmSource;
    QString utmMedium;
    QString utmCampaign;
    bool isValid = false;
    double netRevenue = 0;
    std::vector<OrderLineRecord> lines;

    bool operator==(const OrderRecord&) const = default;
};

} // namespace pvi
