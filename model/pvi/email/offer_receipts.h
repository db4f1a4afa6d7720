#pragma once
// Who received an e-mail campaign naming a personalized offer code (a code a
// discount-code-prefix rule matches), read from the recipient rows derived at import
// (email_deliveries): what offer_redemption_rate reads of the e-mail. The e-mail facts' pass over
// the rows fills it on the way (EmailFacts::load), so the rows are read once per refresh.

#include "pvi/engine/personalization_rules.h"

#include <QString>

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pvi {

class Workspace;

/// A known customer's delivery of a campaign that names an offer code.
struct OfferReceipt {
    qint64 customerId = 0;
    qint64 day = 0; ///< Julian day of the first sent event, else of the campaign's send date
};

/// The receipts of the campaigns naming a code, and those campaigns' send days.
struct OfferReceipts {
    std::vector<OfferReceipt> receipts; ///< by day
    std::vector<qint64> campaignDays;   ///< ascending
};

/// Whether the text (a campaign's title or subject) names a code a discount-code-prefix rule
/// matches: a word (letters, digits, '-' and '_') that starts with the rule's pattern.
bool namesOfferCode(const QString& text, const std::vector<PersonalizationRule>& rules);

/// The rules' discount-code-prefix rules.
std::vector<PersonalizationRule> offerCodeRules(const std::vector<PersonalizationRule>& rules);

/// Collects OfferReceipts from the recipient rows, one row at a time.
class OfferReceiptReader {
public:
    /// Reads the export campaigns (email_campaigns) whose title or subject names a code under
    /// the rules. Throws DbError.
    OfferReceiptReader(Workspace& workspace, const std::vector<PersonalizationRule>& rules);

    /// Whether a discount-code-prefix rule exists; without one nothing is collected.
    bool active() const { return !m_codes.empty(); }
    /// The campaign of the rows added next: its platform, key, and the rows' first and last
    /// name (a campaign's rows come together: it is resolved when it changes, not per row). The
    /// same campaign is recognized by key or by title, as EmailFacts joins them; a campaign known
    /// only from events counts when its first name names a code.
    void setCampaign(std::string_view platform, std::string_view key, std::string_view minName,
                     std::string_view maxName);
    /// One recipient row of a known customer of the campaign set last: the customer and the day
    /// of the first sent event (0 when none).
    void add(qint64 customerId, qint64 sentDay);
    /// What the rows added so far give, sorted.
    OfferReceipts take();

private:
    using CampaignKey = std::pair<QString, QString>; // platform, key or name
    /// A campaign's deliveries share its names: each (platform, key, names) is resolved once.
    struct Resolved {
        std::optional<qint64> campaignDay;
        bool namesCode = false;
        QString platform;
        QString key;
    };
    const Resolved& resolve(std::string_view platform, std::string_view key,
                            std::string_view minName, std::string_view maxName);

    std::vector<PersonalizationRule> m_codes;
    std::map<CampaignKey, qint64> m_byKey;
    std::map<CampaignKey, qint64> m_byName;
    std::unordered_map<std::string, Resolved> m_resolved;
    std::string m_names;
    const Resolved* m_last = nullptr;       ///< the campaign set last
    std::array<std::string, 4> m_lastTexts; ///< its platform, key and names
    std::set<CampaignKey> m_eventOnly;
    OfferReceipts m_facts;
};

} // namespace pvi
