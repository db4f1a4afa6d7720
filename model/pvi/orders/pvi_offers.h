#pragma once
// offer_redemption_rate (family Orders of docs/pvi-catalogue.md): orders that used a personalized
// offer code per customer who received the offer, and the revenue of those orders.

#include "pvi/engine/pvi_result.h"
#include "pvi/orders/offer_facts.h"
#include "pvi/orders/order_snapshot.h"

namespace pvi {

/// offer_redemption_rate. Receivers: the known customers who received an e-mail campaign naming
/// an offer code in [from, to]; when no campaign of the period names one (or none of its
/// recipients is a known customer), the customers exposed by `to` who placed a valid order in
/// the period, which `summary` says. Redemptions: valid orders in the period with an offer code
/// placed by a receiver (on or after their first receipt in the period, for e-mail receivers).
/// value = redemptions / receivers × 100 (n = receivers); segments: "revenue" (net revenue of
/// the redemptions, n = redemptions) and "redeeming_customers" (receivers with a redemption /
/// receivers × 100). Not split: every order with an offer code is personalized.
PviResult offerRedemptionRate(const OrderSnapshot& snapshot, const OfferFacts& offers,
                              const Period& period);

} // namespace pvi
