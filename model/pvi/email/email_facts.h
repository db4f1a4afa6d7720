#pragma once

#include "pvi/email/email_campaign_rates.h"
#include "pvi/email/offer_receipts.h"
#include "pvi/email/personalized_touches.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/pvi_result.h"

#include <QDate>

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace pvi {

class Workspace;
struct OrderSnapshot;

/// Days after a click within which a recipient's valid order counts as the email's conversion.
constexpr int kEmailAttributionDays = 5;

/// One delivered email: a recipient × campaign with a sent or delivered event.
struct EmailDelivery {
    std::uint64_t recipient = 0; ///< the recipient's number (email_fact_recipients)
    qint64 customerId = 0;       ///< the recipient's customer, 0 when not a known customer
    qint64 day = 0;              ///< Julian day of the first sent or delivered event
    bool personalized = false;   ///< the campaign matches a campaign-name rule
    bool opened = false;         ///< an open event of the same recipient and campaign
    bool unsubscribed = false;   ///< an unsubscribe event of the same recipient and campaign
    /// A valid order of the recipient's customer dated from a click's date to
    /// kEmailAttributionDays after it (false when the workspace holds no valid order).
    bool converted = false;
};

/// One audience member as list growth and opt-outs read it.
struct AudienceMember {
    enum class Status { Subscribed, Unsubscribed, Cleaned, Suppressed, NeverSubscribed };
    Status status = Status::Subscribed;
    qint64 optinDay = 0;  ///< Julian day, 0 when the export gives none
    qint64 changeDay = 0; ///< Julian day of the unsubscribe, clean or consent change, or 0
    bool personalizedCause = false; ///< the unsubscribe campaign matches a campaign-name rule
};

/// Everything the email PVIs read, loaded once per refresh with one aggregate pass over each
/// email table; every period of a run (its comparison, its sparkline points) is then a filter
/// over these vectors, never another query.
struct EmailFacts {
    /// Every campaign of the exports and every campaign known only from per-recipient events
    /// (counted as distinct recipients), by send date then name.
    std::vector<CampaignTotals> campaigns;
    std::vector<EmailDelivery> deliveries; ///< by day, then campaign and recipient number
    std::vector<AudienceMember> audience;
    bool anyValidOrders = false; ///< whether conversions can be counted from deliveries
    /// Each customer's first event of a personalized campaign, read in the same pass as the
    /// deliveries (empty without a campaign-name rule): the survey PVIs expose respondents by it.
    PersonalizedTouches::Days personalizedTouches;
    /// Known customers' deliveries of campaigns naming a personalized offer code (empty without
    /// a discount-code-prefix rule), for offer_redemption_rate (OfferFacts).
    OfferReceipts offerReceipts;
    QDate latest; ///< latest date of any email data; invalid when there is none

    /// Loads the facts; `rules` decide which campaigns are personalized. `orders`, when given,
    /// gives the run's order snapshot (null when there is none), asked once the recipient rows
    /// are read: conversions are then found among its orders instead of by a query. Throws
    /// DbError.
    static EmailFacts load(Workspace& workspace, const std::vector<PersonalizationRule>& rules,
                           const std::function<const OrderSnapshot*()>& orders = {});

    /// The campaigns sent in the period (send date in [from, to]), by send date then name.
    std::vector<CampaignTotals> campaignsIn(const Period& period) const;
    /// The deliveries dated in the period.
    std::span<const EmailDelivery> deliveriesIn(const Period& period) const;
};

} // namespace pvi
