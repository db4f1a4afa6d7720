#pragma once

#include "analytics/attribution/journey_load_result.h"

#include <QString>

#include <optional>

namespace pvi {

class Workspace;

/// Where the attribution journeys come from.
enum class AttributionSource {
    Automatic,   ///< touchpoints when imported, else GA4 conversion paths, else orders
    Touchpoints, ///< the imported touchpoints/conversions tables
    Ga4Paths,    ///< the imported GA4 conversion paths (selectGa4Paths)
    Orders,      ///< the orders' visits and the email clicks
};

/// The id of a source on the command line: "auto", "touchpoints", "ga4-paths", "orders".
QString attributionSourceId(AttributionSource source);
/// The source with that id; nothing for an unknown id.
std::optional<AttributionSource> attributionSourceFromId(const QString& id);

/// Days before an order within which an email click counts as one of its touches: the
/// workspace setting `attribution_lookback_days`, 30 when unset or not a positive number.
int attributionLookbackDays(Workspace& workspace);

/// The journeys `pvi attribution WS.pvi` and the Attribution page credit (never throws; database
/// errors, and a source asked for that the workspace lacks, come back as the error).
///
/// Automatic: imported touchpoints/conversions tables win when they have rows
/// (loadJourneysFromWorkspace); else imported GA4 conversion paths (one report, selectGa4Paths;
/// a path step under a landing-page-prefix rule is a personalized touch, ga4PathJourneys);
/// else the journeys are built from the workspace's own data (buildOrderJourneys):
/// - every valid order is a conversion whose last touch is its visit, channel by
///   trafficChannel() from its landing site, referrer and UTM fields; the visit is personalized
///   when the order matches a personalization rule (order tag, discount code prefix, UTM
///   campaign, customer list) or its landing path starts with a landing-page-prefix rule;
/// - every per-recipient email click (Mailchimp activity, Klaviyo events) is an "Email" touch of
///   its customer, personalized when a campaign-name rule matches the campaign;
/// - when no valid order carries any traffic field (exports without them), each order's touch
///   is its sales channel instead ("unknown" when empty), a weak signal said in the notes.
JourneyLoadResult loadAttributionJourneys(Workspace& workspace,
                                          AttributionSource source = AttributionSource::Automatic);

} // namespace pvi
