#include "pvi/engine/pvi_table.h"

namespace pvi {

namespace {

using D = PviDefinition::Direction;
using F = PviFamily;
using U = PviUnit;

constexpr const char* kReports = QT_TRANSLATE_NOOP(
    "PviText",
    "A Google Analytics landing-page report (GA4 download or Universal Analytics export) whose "
    "date range lies inside the period; a landing-page-prefix rule for the split");

constexpr const char* kPooling = QT_TRANSLATE_NOOP(
    "PviText",
    " Pooled over the landing pages of the reports whose whole date range lies inside the period; "
    "a page is personalized when a landing-page-prefix rule matches its path.");

// Display order; the texts speak to a shop owner.
constexpr PviRow kWebRows[] = {
    {"conversion_rate", QT_TRANSLATE_NOOP("PviText", "Site conversion rate"), U::Percent,
     D::HigherIsBetter, F::Web, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "The share of visits to your site that reached a key event (a purchase, a sign-up). Pages "
         "tailored to the visitor should convert more; a few percent is common for a small shop."),
     QT_TRANSLATE_NOOP("PviText", "Sessions with a key event (Session key event rate × Sessions, "
                                  "or Goal Conversion Rate × Sessions) summed over the pages, "
                                  "divided by the sessions summed over the same pages, times 100."),
     kReports, "", kPooling},
    {"click_through_rate", QT_TRANSLATE_NOOP("PviText", "Click-through rate"), U::Percent,
     D::HigherIsBetter, F::Web, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "The share of the products shown in your recommendation lists or banners that were "
         "clicked. It tells whether what you put in front of visitors interests them."),
     QT_TRANSLATE_NOOP("PviText",
                       "Items clicked divided by items shown, each summed over the product lists "
                       "(or promotions) of the item-list reports, times 100."),
     QT_TRANSLATE_NOOP("PviText",
                       "A GA4 item-list or promotion report (items viewed and clicked per list) "
                       "whose date range lies inside the period; an item-list rule for the split"),
     "",
     QT_TRANSLATE_NOOP("PviText",
                       " Pooled over the lists of the reports whose whole date range lies inside "
                       "the period; a list is personalized when an item-list rule's text is part "
                       "of its name (\"Recommended for you\").")},
    {"bounce_rate", QT_TRANSLATE_NOOP("PviText", "Bounce rate"), U::Percent, D::LowerIsBetter,
     F::Web, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "The share of visits that left without engaging (a single page, no interaction). A lower "
         "bounce rate on personalized pages means they hold visitors' attention."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "Bounced sessions divided by sessions, times 100. GA4 reports give no bounce count by "
         "default: bounced sessions are then Sessions × (1 − Engagement rate), i.e. 1 − the "
         "session-weighted engagement rate; Universal Analytics gives Bounce Rate × Sessions."),
     kReports, "", kPooling},
    {"time_on_page", QT_TRANSLATE_NOOP("PviText", "Time on page"), U::Seconds, D::HigherIsBetter,
     F::Web, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "How long a visit engages with your site, in seconds. Longer engagement on "
                       "personalized pages suggests the content is more relevant. Aggregated "
                       "reports carry no per-visit spread, so the lift has no interval."),
     QT_TRANSLATE_NOOP("PviText", "Σ (average engagement time per session × sessions) / Σ sessions "
                                  "(Universal Analytics: average session duration)."),
     kReports, "", kPooling},
    {"pages_per_visit", QT_TRANSLATE_NOOP("PviText", "Pages per visit"), U::Ratio,
     D::HigherIsBetter, F::Web, kHasSeries,
     QT_TRANSLATE_NOOP("PviText", "How many pages a visit views. More pages per visit usually "
                                  "means visitors find more of what interests them."),
     QT_TRANSLATE_NOOP("PviText", "Page views summed over the pages divided by their sessions "
                                  "(Universal Analytics: Pages / Session × Sessions)."),
     kReports, "", kPooling},
    {"revenue_per_visitor", QT_TRANSLATE_NOOP("PviText", "Revenue per visit"), U::Currency,
     D::HigherIsBetter, F::Web, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "The revenue each visit brings on average. It combines conversion and "
                       "basket size: the figure personalization should raise in the end."),
     QT_TRANSLATE_NOOP("PviText", "Total revenue summed over the pages divided by their sessions."),
     kReports, "", kPooling},
    {"content_engagement_lift", QT_TRANSLATE_NOOP("PviText", "Content engagement lift"), U::Percent,
     D::HigherIsBetter, F::Web, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "How much more engaging personalized pages are than generic ones. Positive "
                       "means visitors engage more with tailored content; the difference between "
                       "self-selected pages is not proof that personalization caused it."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "(Engagement rate of personalized pages − engagement rate of generic pages) / engagement "
         "rate of generic pages × 100, engagement rate = engaged sessions / sessions; when the "
         "reports have no engagement rate, the same lift of time on page."),
     kReports, "", kPooling},
};

} // namespace

std::span<const PviRow> webPviRows() {
    return kWebRows;
}

} // namespace pvi
