// The order PVIs' rows of the PVI table (pvi/engine/pvi_table.h): commerce, loyalty, lifetime and
// segments, computed from the order snapshot.
#include "pvi/engine/pvi_table.h"

namespace pvi {

namespace {

using D = PviDefinition::Direction;
using F = PviFamily;
using U = PviUnit;

constexpr const char* kOrders = QT_TRANSLATE_NOOP("PviText", "Orders (a Shopify orders export)");
constexpr const char* kOrdersExposure = QT_TRANSLATE_NOOP(
    "PviText", "Orders (a Shopify orders export) and at least one personalization rule");

// Display order; the texts speak to a shop owner.
constexpr PviRow kOrderRows[] = {
    {"average_order_value", QT_TRANSLATE_NOOP("PviText", "Average order value"), U::Currency,
     D::HigherIsBetter, F::Orders, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "How much a customer spends per order, after discounts and refunds. A rising average "
         "order value means each checkout brings in more, for example because recommendations add "
         "items to the basket. Compare it with your own past periods: a healthy shop keeps it "
         "steady or growing without relying on deeper discounts."),
     QT_TRANSLATE_NOOP("PviText", "Net revenue of the valid orders in the period divided by the "
                                  "number of those orders. Cancelled, voided and fully refunded "
                                  "orders are left out; partial refunds are subtracted."),
     kOrders},
    {"revenue_per_customer", QT_TRANSLATE_NOOP("PviText", "Revenue per customer"), U::Currency,
     D::HigherIsBetter, F::Orders, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "How much each customer who ordered in the period spent in total. It "
                       "combines order value and how often people buy, so it shows whether "
                       "personalization makes customers worth more, not just bigger baskets. "
                       "Higher is better; watch it together with the number of customers."),
     QT_TRANSLATE_NOOP("PviText", "Net revenue of the valid orders in the period divided by the "
                                  "number of distinct customers who placed them."),
     kOrders},
    {"aov_uplift", QT_TRANSLATE_NOOP("PviText", "Order value uplift"), U::Percent,
     D::HigherIsBetter, F::Orders, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "How much bigger personalized orders are than the others. A positive uplift "
                       "means orders that followed a personalized offer, or came from customers "
                       "who had received one, are worth more. The exposure was not randomized, so "
                       "treat it as a signal to confirm with an A/B test."),
     QT_TRANSLATE_NOOP("PviText",
                       "Average order value of the personalized orders (matching a rule, or placed "
                       "by an already personalized customer) minus that of the other orders, "
                       "divided by the other orders' average order value, times 100."),
     kOrdersExposure},
    {"incremental_revenue", QT_TRANSLATE_NOOP("PviText", "Incremental revenue"), U::Currency,
     D::HigherIsBetter, F::Orders, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "An estimate of the extra revenue that came with personalization in the period: how much "
         "more a personalized customer spent than a generic one, times the number of personalized "
         "customers. It is the number to set against what personalization costs you."),
     QT_TRANSLATE_NOOP("PviText",
                       "(Revenue per personalized customer − revenue per generic customer) × the "
                       "number of personalized customers who ordered in the period."),
     kOrdersExposure},
    {"offer_redemption_rate", QT_TRANSLATE_NOOP("PviText", "Offer redemption rate"), U::Percent,
     D::HigherIsBetter, F::Orders, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "How often the customers who received a personalized offer code used it: "
                       "orders with the code per 100 customers who got it, with the revenue those "
                       "orders brought. A rising rate means your offers reach people who want "
                       "them; a rate near zero means the offer is ignored or sent to the wrong "
                       "people. It can exceed 100 when customers use the code more than once."),
     QT_TRANSLATE_NOOP(
         "PviText", "Valid orders in the period whose discount code matches a discount-code rule, "
                    "placed by a customer who received the offer (from the day they received it), "
                    "divided by those customers, times 100. Receivers are the customers who got an "
                    "e-mail campaign in the period whose title or subject names such a code; when "
                    "no campaign of the period names one, the personalized customers who ordered "
                    "in the period (the result says so). The breakdown gives the net revenue of "
                    "those orders and the share of receivers who used the code."),
     QT_TRANSLATE_NOOP("PviText",
                       "Orders (a Shopify orders export) and a discount-code personalization rule; "
                       "e-mail campaigns that name the code (a campaign export with per-recipient "
                       "activity) to know who received it")},
    {"customer_retention_rate", QT_TRANSLATE_NOOP("PviText", "Customer retention rate"), U::Percent,
     D::HigherIsBetter, F::Orders, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "The share of your existing customers you kept through the period. Keeping customers is "
         "far cheaper than finding new ones, so this is the heart of loyalty. Customers who come "
         "back after a long break also count, so it can exceed what churn suggests."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "(E − N) / S × 100, where S = customers active the day before the period starts, E = "
         "customers active on its last day and N = customers whose first order is in the period. "
         "Active means a valid order in the preceding 365 days."),
     kOrders},
    {"repeat_purchase_rate", QT_TRANSLATE_NOOP("PviText", "Repeat purchase rate"), U::Percent,
     D::HigherIsBetter, F::Orders, kHasSeries,
     QT_TRANSLATE_NOOP("PviText", "The share of the period's customers who have bought more than "
                                  "once. Repeat buyers are the sign that your products and your "
                                  "follow-up work; a rising rate means people come back."),
     QT_TRANSLATE_NOOP("PviText",
                       "Among customers with a valid order in the period, those with more than one "
                       "valid order up to the period's end, divided by all of them, times 100."),
     kOrders},
    {"purchase_frequency", QT_TRANSLATE_NOOP("PviText", "Purchase frequency"), U::OrdersPerYear,
     D::HigherIsBetter, F::Orders, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "How many times a year an active customer orders, at the pace of the period. More "
         "frequent purchases usually mean your reminders and offers arrive at the right moment."),
     QT_TRANSLATE_NOOP("PviText",
                       "Valid orders in the period divided by the distinct customers who placed "
                       "them, times 365 divided by the period's length in days."),
     kOrders},
    {"churn_rate", QT_TRANSLATE_NOOP("PviText", "Churn rate"), U::Percent, D::LowerIsBetter,
     F::Orders, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "The share of your active customers who stopped buying: active before the period, no "
         "longer active at its end. Lower is better; a rising churn rate is an early warning."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "Customers active the day before the period starts who are not active on its last day, "
         "divided by the customers active the day before it starts, times 100."),
     kOrders},
    {"customer_lifespan", QT_TRANSLATE_NOOP("PviText", "Customer lifespan"), U::Years,
     D::HigherIsBetter, F::Orders, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "How many years a customer typically stays with you, judged from how many customers you "
         "lose in a year. Longer lifespans make every customer worth more."),
     QT_TRANSLATE_NOOP("PviText",
                       "1 / annual churn rate, with the churn rate of the 12 months ending on the "
                       "period's last day as a fraction; capped at 10 years."),
     kOrders},
    {"clv_simple", QT_TRANSLATE_NOOP("PviText", "Customer lifetime value"), U::Currency,
     D::HigherIsBetter, F::Orders, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "What a typical customer is worth over their whole relationship with you: what they spend "
         "per order, times how often they order a year, times how many years they stay. It tells "
         "you how much you can afford to spend to win or keep a customer."),
     QT_TRANSLATE_NOOP("PviText", "Average order value × purchase frequency × customer lifespan, "
                                  "all from the 12 months ending on the period's last day."),
     kOrders},
    {"clv_by_segment", QT_TRANSLATE_NOOP("PviText", "Lifetime value by segment"), U::Currency,
     D::HigherIsBetter, F::Orders, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "Customer lifetime value for each RFM segment, so you can see which groups are worth "
         "looking after most. The headline value is the lifetime value of all customers."),
     QT_TRANSLATE_NOOP("PviText",
                       "Customer lifetime value computed within each RFM segment (segments as of "
                       "the period's last day) from the 12 months ending on that day."),
     kOrders},
    {"marketing_consent_rate", QT_TRANSLATE_NOOP("PviText", "Marketing consent rate"), U::Percent,
     D::Neutral, F::Orders, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText", "The share of your customers who agreed to receive marketing. Personalization "
                    "needs permission: a falling rate can mean customers feel over-targeted."),
     QT_TRANSLATE_NOOP("PviText",
                       "Customers with a valid order up to the period's end whose most recent "
                       "order (or, when the order does not say, their customer record) accepts "
                       "marketing, divided by those customers whose consent is known, times 100."),
     kOrders},
    {"rfm_segment", QT_TRANSLATE_NOOP("PviText", "RFM segments"), U::Count, D::Neutral, F::Orders,
     kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "Customers grouped by how recently, how often and how much they bought, from Champions to "
         "Lost. It shows where your customer base stands and whom to address with which message."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "Recency, frequency and monetary scores 1–5 by quintiles of all customers with a valid "
         "order up to the period's end, mapped to eleven named segments. The value is the number "
         "of customers with a segment; the breakdown gives each segment's share."),
     kOrders},
    {"segmentation_rate", QT_TRANSLATE_NOOP("PviText", "Segmentation rate"), U::Percent,
     D::HigherIsBetter, F::Orders, kHasSeries,
     QT_TRANSLATE_NOOP("PviText", "The share of your customers that belong to at least one "
                                  "segment, i.e. that you can address with a tailored message. "
                                  "Customers who never placed a valid order have no RFM segment."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "Customers in at least one segment divided by all customers in the workspace, times 100."),
     kOrders},
    {"segment_growth_rate", QT_TRANSLATE_NOOP("PviText", "Segment growth"), U::Percent, D::Neutral,
     F::Orders, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText", "How each segment grew or shrank over the period. Growing Champions and Loyal "
                    "segments and shrinking At risk and Lost segments are what good looks like."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "(Members at the period's end − members at its start) / members at its start × 100, per "
         "segment; the headline value is the growth of all segmented customers."),
     kOrders},
    {"segment_conversion_rate", QT_TRANSLATE_NOOP("PviText", "Segment conversion"), U::Percent,
     D::HigherIsBetter, F::Orders, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "The share of each RFM segment's customers who bought again in the period. "
                       "It shows which groups your messages actually move to buy: Champions "
                       "converting well is expected, Hibernating or At risk customers converting "
                       "is where personalization earns its keep. Where e-mail activity is "
                       "imported, each segment's e-mail-to-order conversion is listed too."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "Customers of the segment (segments as of the day before the period starts) with a valid "
         "order in the period, divided by the segment's customers, times 100; the headline value "
         "is the same over every customer who had a segment then. With per-recipient e-mail "
         "activity, each segment also gets the e-mail-to-order conversion of its deliveries in the "
         "period (deliveries followed by an order within 5 days of a click / deliveries, as the "
         "email conversion rate counts it)."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "Orders (a Shopify orders export); per-recipient e-mail activity for the e-mail lines")},
    {"segment_retention_rate", QT_TRANSLATE_NOOP("PviText", "Segment retention"), U::Percent,
     D::HigherIsBetter, F::Orders, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText", "How many customers of each RFM segment you kept through the period. Keeping "
                    "Champions and Loyal customers active is what good looks like; a low rate for "
                    "At risk or Can't lose them tells you where a win-back message is due."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "Customer retention rate within each segment, the segments taken as of the day before the "
         "period starts: customers of the segment active that day who are still active on the "
         "period's last day, divided by the segment's customers active that day, times 100. The "
         "headline value is the same over every customer who had a segment then."),
     kOrders},
};

} // namespace

std::span<const PviRow> orderPviRows() {
    return kOrderRows;
}

} // namespace pvi
