#include "pvi/engine/pvi_table.h"

namespace pvi {

namespace {

using D = PviDefinition::Direction;
using F = PviFamily;
using U = PviUnit;

constexpr const char* kCampaigns =
    QT_TRANSLATE_NOOP("PviText", "A Mailchimp or Klaviyo campaign export (or per-recipient email "
                                 "activity); a campaign-name rule for the split");

// Display order; the texts speak to a shop owner.
constexpr PviRow kEmailRows[] = {
    {"email_open_rate", QT_TRANSLATE_NOOP("PviText", "Email open rate"), U::Percent,
     D::HigherIsBetter, F::Email, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "The share of delivered emails that were opened. It shows whether subject "
                       "lines and senders catch attention; personalized campaigns should be opened "
                       "more. Privacy features of some mail apps inflate opens, so compare groups "
                       "and periods rather than chase a number; 20–40% is common for small shops."),
     QT_TRANSLATE_NOOP(
         "PviText", "Unique opens divided by successful deliveries, each summed over the campaigns "
                    "sent in the period (pooled, not an average of the campaigns' rates), times "
                    "100. A campaign is personalized when a campaign-name rule matches its name."),
     kCampaigns},
    {"email_click_rate", QT_TRANSLATE_NOOP("PviText", "Email click rate"), U::Percent,
     D::HigherIsBetter, F::Email, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "The share of delivered emails in which someone clicked a link: the clearest sign that "
         "the content was relevant. The click-to-open rate beside it tells how convincing the "
         "email was to those who opened it. A few percent is typical; more is better."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "Unique clicks divided by successful deliveries, summed over the period's campaigns, "
         "times 100; click-to-open = unique clicks divided by unique opens, times 100."),
     kCampaigns},
    {"email_unsubscribe_rate", QT_TRANSLATE_NOOP("PviText", "Email unsubscribe rate"), U::Percent,
     D::LowerIsBetter, F::Email, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "The share of delivered emails after which the recipient unsubscribed. "
                       "Emails that feel irrelevant or too frequent drive it up; well-targeted "
                       "ones keep it low (below about 0.3% per send is healthy)."),
     QT_TRANSLATE_NOOP("PviText", "Unsubscribes divided by successful deliveries, summed over the "
                                  "period's campaigns, times 100."),
     kCampaigns},
    {"email_conversion_rate", QT_TRANSLATE_NOOP("PviText", "Email conversion rate"), U::Percent,
     D::HigherIsBetter, F::Email, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText", "The share of delivered emails that led to an order. It ties email to revenue: "
                    "a personalized email that gets opened but sells nothing is not paying off."),
     QT_TRANSLATE_NOOP("PviText",
                       "With per-recipient activity and orders: delivered emails whose recipient "
                       "clicked and then placed a valid order within 5 days of the click (dates "
                       "inclusive), divided by delivered emails, times 100. Otherwise, from a "
                       "campaign export that counts orders (Klaviyo's Unique Placed Order): orders "
                       "divided by successful deliveries over those campaigns, times 100."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "Per-recipient email activity and an orders export, or a Klaviyo campaign export")},
    {"list_growth_rate", QT_TRANSLATE_NOOP("PviText", "List growth rate"), U::Percent,
     D::HigherIsBetter, F::Email, kHasSeries,
     QT_TRANSLATE_NOOP("PviText", "How fast your email list grows after losses. A list shrinks by "
                                  "itself as people unsubscribe and addresses bounce; a positive "
                                  "rate means you win more subscribers than you lose."),
     QT_TRANSLATE_NOOP("PviText",
                       "(Members who opted in during the period − members who unsubscribed in it − "
                       "members cleaned in it) divided by the members on the list the day before "
                       "the period starts, times 100."),
     QT_TRANSLATE_NOOP("PviText", "A Mailchimp audience export (subscribed, unsubscribed and "
                                  "cleaned files) or a Klaviyo profile export")},
    {"personalization_fatigue",
     QT_TRANSLATE_NOOP("PviText", "Personalization fatigue (sends per week)"), U::Ratio,
     D::HigherIsBetter, F::Email, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "Whether people who get more emails a week open fewer of them or unsubscribe more. When "
         "that happens the value is the number of sends per recipient per week at which it starts: "
         "stay below it. No value means no fatigue was found in the period."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "Each send (recipient × campaign) is put in a band by how many sends its recipient got in "
         "that week (1, 2, 3, 4 or more). Open rate and unsubscribe rate per band are compared "
         "with the lowest band by two-proportion z-tests; the first band with significantly (p < "
         "0.05) lower opens or higher unsubscribes is where fatigue starts."),
     QT_TRANSLATE_NOOP("PviText",
                       "Per-recipient email activity (sent, opened, unsubscribed with dates)")},
    {"opt_out_trend", QT_TRANSLATE_NOOP("PviText", "Opt-outs"), U::Count, D::LowerIsBetter,
     F::Email, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText", "How many people withdrew their consent to your emails in the period, month by "
                    "month. A rising trend is an early warning that your messages feel intrusive."),
     QT_TRANSLATE_NOOP("PviText",
                       "The unsubscribes and consent withdrawals dated in the period from audience "
                       "or profile exports when there are any; otherwise the unsubscribes of the "
                       "period's campaigns. Counted per calendar month."),
     QT_TRANSLATE_NOOP("PviText", "A Mailchimp or Klaviyo audience, profile or campaign export")},
};

} // namespace

std::span<const PviRow> emailPviRows() {
    return kEmailRows;
}

} // namespace pvi
