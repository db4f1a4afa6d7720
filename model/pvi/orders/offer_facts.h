#pragma once
// What offer_redemption_rate reads besides the order snapshot: the valid orders that used a
// personalized offer code (a code a discount-code-prefix rule matches) and who received an
// e-mail campaign naming such a code, loaded once per refresh.

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

/// A known customer's delivery of a campaign that names an offer code.
struct OfferReceipt {
    qint64 customerId = 0;
    qint64 day = 0; ///< Julian day of the first sent event, else of the campaign's send date
};

struct OfferFacts {
    bool anyCodeRule = false;           ///< at least one discount-code-prefix rule is stored
    std::vector<OfferOrder> orders;     ///< by day
    std::vector<OfferReceipt> receipts; ///< by day
    std::vector<qint64> campaignDays;   ///< send days of the campaigns naming a code, ascending

    /// Loads the facts under the rules; throws DbError.
    static OfferFacts load(Workspace& workspace, const std::vector<PersonalizationRule>& rules);
};

/// Whether the text (a campaign's title or subject) names a code a discount-code-prefix rule
/// matches: a word (letters, digits, '-' and '_') that starts with the rule's pattern.
bool namesOfferCode(const QString& text, const std::vector<PersonalizationRule>& rules);

} // namespace pvi
