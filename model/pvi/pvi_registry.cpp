#include "pvi/pvi_registry.h"

#include "pvi/pvi_costs.h"
#include "pvi/pvi_email_definitions.h"
#include "pvi/pvi_engagement_score.h"
#include "pvi/pvi_experiments.h"
#include "pvi/pvi_fairness.h"
#include "pvi/pvi_monitoring.h"
#include "pvi/pvi_predictive.h"
#include "pvi/pvi_survey_definitions.h"
#include "pvi/pvi_targets.h"
#include "pvi/pvi_web_definitions.h"

#include <algorithm>

namespace pvi {

namespace {

using D = PviDefinition::Direction;

struct Entry {
    const char* id;
    const char* title;
    const char* unit;
    D direction;
    const char* explanation;
    const char* formula;
    const char* dataNeeded;
};

constexpr const char* kOrders = "Orders (a Shopify orders export)";
constexpr const char* kOrdersExposure =
    "Orders (a Shopify orders export) and at least one personalization rule";

// Display order; the texts speak to a shop owner.
constexpr Entry kEntries[] = {
    {"average_order_value", "Average order value", "currency", D::HigherIsBetter,
     "How much a customer spends per order, after discounts and refunds. A rising average order "
     "value means each checkout brings in more, for example because recommendations add items "
     "to the basket. Compare it with your own past periods: a healthy shop keeps it steady or "
     "growing without relying on deeper discounts.",
     "Net revenue of the valid orders in the period divided by the number of those orders. "
     "Cancelled, voided and fully refunded orders are left out; partial refunds are subtracted.",
     kOrders},
    {"revenue_per_customer", "Revenue per customer", "currency", D::HigherIsBetter,
     "How much each customer who ordered in the period spent in total. It combines order value "
     "and how often people buy, so it shows whether personalization makes customers worth more, "
     "not just bigger baskets. Higher is better; watch it together with the number of customers.",
     "Net revenue of the valid orders in the period divided by the number of distinct customers "
     "who placed them.",
     kOrders},
    {"aov_uplift", "Order value uplift", "percent", D::HigherIsBetter,
     "How much bigger personalized orders are than the others. A positive uplift means orders "
     "that followed a personalized offer, or came from customers who had received one, are worth "
     "more. The exposure was not randomized, so treat it as a signal to confirm with an A/B test.",
     "Average order value of the personalized orders (matching a rule, or placed by an already "
     "personalized customer) minus that of the other orders, divided by the other orders' "
     "average order value, times 100.",
     kOrdersExposure},
    {"incremental_revenue", "Incremental revenue", "currency", D::HigherIsBetter,
     "An estimate of the extra revenue that came with personalization in the period: how much "
     "more a personalized customer spent than a generic one, times the number of personalized "
     "customers. It is the number to set against what personalization costs you.",
     "(Revenue per personalized customer − revenue per generic customer) × the number of "
     "personalized customers who ordered in the period.",
     kOrdersExposure},
    {"customer_retention_rate", "Customer retention rate", "percent", D::HigherIsBetter,
     "The share of your existing customers you kept through the period. Keeping customers is far "
     "cheaper than finding new ones, so this is the heart of loyalty. Customers who come back "
     "after a long break also count, so it can exceed what churn suggests.",
     "(E − N) / S × 100, where S = customers active the day before the period starts, E = "
     "customers active on its last day and N = customers whose first order is in the period. "
     "Active means a valid order in the preceding 365 days.",
     kOrders},
    {"repeat_purchase_rate", "Repeat purchase rate", "percent", D::HigherIsBetter,
     "The share of the period's customers who have bought more than once. Repeat buyers are the "
     "sign that your products and your follow-up work; a rising rate means people come back.",
     "Among customers with a valid order in the period, those with more than one valid order up "
     "to the period's end, divided by all of them, times 100.",
     kOrders},
    {"purchase_frequency", "Purchase frequency", "orders_per_year", D::HigherIsBetter,
     "How many times a year an active customer orders, at the pace of the period. More frequent "
     "purchases usually mean your reminders and offers arrive at the right moment.",
     "Valid orders in the period divided by the distinct customers who placed them, times 365 "
     "divided by the period's length in days.",
     kOrders},
    {"churn_rate", "Churn rate", "percent", D::LowerIsBetter,
     "The share of your active customers who stopped buying: active before the period, no "
     "longer active at its end. Lower is better; a rising churn rate is an early warning.",
     "Customers active the day before the period starts who are not active on its last day, "
     "divided by the customers active the day before it starts, times 100.",
     kOrders},
    {"customer_lifespan", "Customer lifespan", "years", D::HigherIsBetter,
     "How many years a customer typically stays with you, judged from how many customers you "
     "lose in a year. Longer lifespans make every customer worth more.",
     "1 / annual churn rate, with the churn rate of the 12 months ending on the period's last "
     "day as a fraction; capped at 10 years.",
     kOrders},
    {"clv_simple", "Customer lifetime value", "currency", D::HigherIsBetter,
     "What a typical customer is worth over their whole relationship with you: what they spend "
     "per order, times how often they order a year, times how many years they stay. It tells you "
     "how much you can afford to spend to win or keep a customer.",
     "Average order value × purchase frequency × customer lifespan, all from the 12 months "
     "ending on the period's last day.",
     kOrders},
    {"clv_by_segment", "Lifetime value by segment", "currency", D::HigherIsBetter,
     "Customer lifetime value for each RFM segment, so you can see which groups are worth "
     "looking after most. The headline value is the lifetime value of all customers.",
     "Customer lifetime value computed within each RFM segment (segments as of the period's last "
     "day) from the 12 months ending on that day.",
     kOrders},
    {"marketing_consent_rate", "Marketing consent rate", "percent", D::Neutral,
     "The share of your customers who agreed to receive marketing. Personalization needs "
     "permission: a falling rate can mean customers feel over-targeted.",
     "Customers with a valid order up to the period's end whose most recent order (or, when the "
     "order does not say, their customer record) accepts marketing, divided by those customers "
     "whose consent is known, times 100.",
     kOrders},
    {"rfm_segment", "RFM segments", "count", D::Neutral,
     "Customers grouped by how recently, how often and how much they bought, from Champions to "
     "Lost. It shows where your customer base stands and whom to address with which message.",
     "Recency, frequency and monetary scores 1–5 by quintiles of all customers with a valid order "
     "up to the period's end, mapped to eleven named segments. The value is the number of "
     "customers with a segment; the breakdown gives each segment's share.",
     kOrders},
    {"segmentation_rate", "Segmentation rate", "percent", D::HigherIsBetter,
     "The share of your customers that belong to at least one segment, i.e. that you can address "
     "with a tailored message. Customers who never placed a valid order have no RFM segment.",
     "Customers in at least one segment divided by all customers in the workspace, times 100.",
     kOrders},
    {"segment_growth_rate", "Segment growth", "percent", D::Neutral,
     "How each segment grew or shrank over the period. Growing Champions and Loyal segments and "
     "shrinking At risk and Lost segments are what good looks like.",
     "(Members at the period's end − members at its start) / members at its start × 100, per "
     "segment; the headline value is the growth of all segmented customers.",
     kOrders},
};

std::vector<PviDefinition> buildDefinitions() {
    std::vector<PviDefinition> definitions;
    for (const Entry& entry : kEntries) {
        definitions.push_back({QString::fromUtf8(entry.id), QString::fromUtf8(entry.title),
                               QString::fromUtf8(entry.unit), QString::fromUtf8(entry.explanation),
                               QString::fromUtf8(entry.formula),
                               QString::fromUtf8(entry.dataNeeded), entry.direction});
    }
    for (const PviDefinition& email : emailPviDefinitions())
        definitions.push_back(email);
    for (const PviDefinition& survey : surveyPviDefinitions())
        definitions.push_back(survey);
    for (const PviDefinition& web : webPviDefinitions())
        definitions.push_back(web);
    for (const PviDefinition& cost : costPviDefinitions())
        definitions.push_back(cost);
    for (const PviDefinition& predictive : predictivePviDefinitions())
        definitions.push_back(predictive);
    for (const PviDefinition& experiment : experimentPviDefinitions())
        definitions.push_back(experiment);
    for (const PviDefinition& monitoring : monitoringPviDefinitions())
        definitions.push_back(monitoring);
    for (const PviDefinition& engagement : engagementPviDefinitions())
        definitions.push_back(engagement);
    for (const PviDefinition& fairness : fairnessPviDefinitions())
        definitions.push_back(fairness);
    for (const PviDefinition& target : targetPviDefinitions())
        definitions.push_back(target);
    return definitions;
}

} // namespace

const std::vector<PviDefinition>& PviRegistry::definitions() {
    static const std::vector<PviDefinition> definitions = buildDefinitions();
    return definitions;
}

const PviDefinition* PviRegistry::find(const QString& id) {
    const auto& all = definitions();
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const PviDefinition& d) { return d.id == id; });
    return it == all.end() ? nullptr : &*it;
}

} // namespace pvi
