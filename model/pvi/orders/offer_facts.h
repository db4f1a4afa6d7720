#pragma once
// What offer_redemption_rate reads besides the order snapshot: the valid orders that used a
// personalized offer code (a code a discount-code-prefix rule matches) and who received an
// e-mail campaign naming such a code, loaded once per refresh.

#include "pvi/email/offer_receipts.h"
#include "pvi/engine/personalization_rules.h"

#include <QString>

#include <vector>

namespace pvi {

class Workspace;

/// A valid order that used a personalized offer code.
struct OfferOrder {
    qint64 customerId = 0; ///< 0 when the order has no customer
    qint64 day = 0;        ///< Julian day of the shop's local date
    double revenue = 0;    ///< net revenue
};

struct OfferFacts {
    bool anyCodeRule = false;           ///< at least one discount-code-prefix rule is stored
    std::vector<OfferOrder> orders;     ///< by day
    std::vector<OfferReceipt> receipts; ///< by day
    std::vector<qint64> campaignDays;   ///< send days of the campaigns naming a code, ascending

    /// Loads the coded orders under the rules, with the receipts the e-mail facts' pass
    /// collected (EmailFacts::offerReceipts); throws DbError.
    static OfferFacts load(Workspace& workspace, const std::vector<PersonalizationRule>& rules,
                           const OfferReceipts& receipts);
};

} // namespace pvi
