#pragma once

#include "analytics/attribution/journey.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace pvi {

/// One valid order as a touch and a conversion: the visit that placed it (its channel from the
/// order's landing site, referrer and UTM fields) at the order's time.
struct OrderTouchSource {
    qint64 orderId = 0;
    qint64 customerId = 0; ///< 0 when the order has no customer
    QDateTime at;          ///< the order's time (UTC)
    double value = 0.0;    ///< net revenue
    QString channel;
    bool personalized = false;
};

/// One email click (a per-recipient click event).
struct EmailClickSource {
    qint64 customerId = 0; ///< 0 when the address matches no customer
    QString email;         ///< the normalized address
    QDateTime at;          ///< the click's time (UTC)
    bool personalized = false;
};

/// Journeys from orders and email clicks, one per valid order plus the paths that did not
/// convert:
/// - a customer's orders in time order (ties by order id) each end a converted journey
///   "order:<id>" (value = net revenue) whose touches are the customer's email clicks after the
///   previous order and at or before this one, no older than `lookbackDays` before it, then the
///   order's own visit (its channel) at the order's time;
/// - the clicks of a customer after their last order (or of a customer without orders) form a
///   journey "customer:<id>" that did not convert; clicks older than the lookback before an
///   order are dropped;
/// - clicks of an address that matches no customer form a journey "email:<address>" that did
///   not convert; an order without a customer is a journey with its own visit only.
/// Journeys come sorted by key (order ids zero-padded so they sort numerically).
std::vector<Journey> buildOrderJourneys(std::vector<OrderTouchSource> orders,
                                        std::vector<EmailClickSource> clicks, int lookbackDays);

} // namespace pvi
