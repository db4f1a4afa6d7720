#pragma once

#include "analytics/attribution/journey_load_result.h"

namespace pvi {

class Workspace;

/// Days before an order within which an email click counts as one of its touches: the
/// workspace setting `attribution_lookback_days`, 30 when unset or not a positive number.
int attributionLookbackDays(Workspace& workspace);

/// The journeys `pvi attribution WS.pvi` and the Attribution page credit (never throws; database
/// errors come back as the error).
///
/// Imported touchpoints/conversions tables win when they have rows (loadJourneysFromWorkspace).
/// Otherwise the journeys are built from the workspace's own data (buildOrderJourneys):
/// - every valid order is a conversion whose last touch is its visit, channel by
///   trafficChannel() from its landing site, referrer and UTM fields; the visit is personalized
///   when the order matches a personalization rule (order tag, discount code prefix, UTM
///   campaign, customer list) or its landing path starts with a landing-page-prefix rule;
/// - every per-recipient email click (Mailchimp activity, Klaviyo events) is an "Email" touch of
///   its customer, personalized when a campaign-name rule matches the campaign;
/// - when no valid order carries any traffic field (exports without them), each order's touch
///   is its sales channel instead ("unknown" when empty), a weak signal said in the notes.
JourneyLoadResult loadAttributionJourneys(Workspace& workspace);

} // namespace pvi
