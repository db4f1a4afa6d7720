#include "pvi/email_conversions.h"

#include "pvi/email_campaign_rates.h"
#include "store/workspace.h"

namespace pvi {

namespace {

constexpr const char* kDeliveriesSql = R"sql(
SELECT min(e.campaign_name),
       EXISTS (SELECT 1 FROM email_events c
                 JOIN orders o ON o.customer_id = c.customer_id AND o.is_valid = 1
                  AND o.order_date BETWEEN c.event_date AND date(c.event_date, ?3)
                WHERE c.platform = e.platform AND c.campaign_key = e.campaign_key
                  AND c.email = e.email AND c.event = 'click')
  FROM email_events e
 WHERE e.event IN ('sent', 'delivered')
 GROUP BY e.platform, e.campaign_key, e.email
HAVING min(e.event_date) BETWEEN ?1 AND ?2
)sql";

} // namespace

std::vector<RecipientConversion> recipientConversions(Workspace& workspace, const Period& period,
                                                      int windowDays) {
    std::vector<RecipientConversion> result;
    if (workspace.db().queryInt("SELECT count(*) FROM orders WHERE is_valid = 1") == 0)
        return result;
    const std::vector<PersonalizationRule> rules = PersonalizationRules::list(workspace);
    Statement stmt = workspace.db().prepare(kDeliveriesSql);
    stmt.bind(1, period.from.toString(Qt::ISODate))
        .bind(2, period.to.toString(Qt::ISODate))
        .bind(3, QStringLiteral("+%1 days").arg(windowDays));
    while (stmt.step())
        result.push_back(
            {campaignMatchesRules(stmt.columnText(0), rules), stmt.columnInt64(1) != 0});
    return result;
}

} // namespace pvi
