#include "pvi/orders/offer_facts.h"

#include "store/statement.h"
#include "store/workspace.h"

#include <QDate>

#include <algorithm>

namespace pvi {

namespace {

constexpr const char* kCodedOrdersSql = R"sql(
SELECT coalesce(customer_id, 0), order_date, net_revenue, discount_code
  FROM orders
 WHERE is_valid = 1 AND coalesce(discount_code, '') <> ''
 ORDER BY order_date
)sql";

} // namespace

OfferFacts OfferFacts::load(Workspace& workspace, const std::vector<PersonalizationRule>& rules,
                            const OfferReceipts& receipts) {
    OfferFacts facts;
    const std::vector<PersonalizationRule> codes = offerCodeRules(rules);
    facts.anyCodeRule = !codes.empty();
    if (!facts.anyCodeRule)
        return facts;
    Statement orders = workspace.db().prepare(kCodedOrdersSql);
    while (orders.step()) {
        RuleOrderFields fields;
        fields.discountCode = orders.columnText(3);
        if (std::none_of(codes.begin(), codes.end(), [&](const PersonalizationRule& rule) {
                return PersonalizationRules::matchesOrder(rule, fields);
            }))
            continue;
        const QDate date = QDate::fromString(orders.columnText(1), Qt::ISODate);
        if (date.isValid())
            facts.orders.push_back(
                {orders.columnInt64(0), date.toJulianDay(), orders.columnDouble(2)});
    }
    facts.receipts = receipts.receipts;
    facts.campaignDays = receipts.campaignDays;
    return facts;
}

} // namespace pvi
