#pragma once
// segment_conversion_rate (family Orders of docs/pvi-catalogue.md): per RFM segment, the share of
// the segment's customers who ordered in the period, and, where per-recipient e-mail activity is
// imported, the e-mail-to-order conversion of the segment's deliveries.

#include "pvi/email/email_facts.h"
#include "pvi/engine/pvi_result.h"
#include "pvi/orders/order_snapshot.h"

namespace pvi {

/// segment_conversion_rate. The segments are taken as of the day before `from` (the customers
/// the period could convert), like segment_retention_rate.
/// value = customers with a segment then who placed a valid order in [from, to] / those
/// customers × 100 (n = those customers); personalized and control split by exposure by `to`.
/// segments = the same per RFM segment (id = the segment's id), then, when deliveries of the
/// period reach known customers with a segment, one line per segment with e-mail-to-order
/// conversion (id "email_" + the segment's id: deliveries with an order within
/// kEmailAttributionDays after a click / deliveries, × 100, split by campaign-name rule as
/// email_conversion_rate is) and one line for all of them (id "email_all_segments").
PviResult segmentConversionRate(const OrderSnapshot& snapshot, const EmailFacts& email,
                                const Period& period);

} // namespace pvi
