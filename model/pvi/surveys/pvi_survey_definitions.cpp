#include "pvi/engine/pvi_table.h"

namespace pvi {

namespace {

using D = PviDefinition::Direction;
using F = PviFamily;
using U = PviUnit;

constexpr const char* kSplit = QT_TRANSLATE_NOOP(
    "PviText", " A respondent counts as personalized when their email belongs to a customer who "
               "had received personalization (a personalized order, campaign or list) by the day "
               "they answered; everyone else is generic.");

// Display order; the texts speak to a shop owner.
constexpr PviRow kSurveyRows[] = {
    {"csat", QT_TRANSLATE_NOOP("PviText", "Customer satisfaction (CSAT)"), U::Percent,
     D::HigherIsBetter, F::Surveys, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "The share of survey answers that say the customer was satisfied: 4 or 5 on "
                       "a 1 to 5 scale. It is the most direct sign of how people feel about what "
                       "you sell and how you serve them; above 80% is good for a small shop."),
     QT_TRANSLATE_NOOP(
         "PviText", "Answers scoring 4 or 5 on the 1–5 CSAT question(s) in the period (the top two "
                    "points of the question's scale) divided by all answers to them, times 100."),
     QT_TRANSLATE_NOOP(
         "PviText", "A survey export (Google Forms, SurveyMonkey, Typeform) with a CSAT question"),
     kSplit},
    {"nps", QT_TRANSLATE_NOOP("PviText", "Net Promoter Score (NPS)"), U::Points, D::HigherIsBetter,
     F::Surveys, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "How many of your customers would recommend you, minus how many would warn "
                       "others: from −100 to +100. Promoters answer 9 or 10 to \"How likely are "
                       "you to recommend us?\", detractors 0 to 6. Anything above 0 means more "
                       "fans than critics; above 50 is excellent."),
     QT_TRANSLATE_NOOP("PviText", "Percentage of promoters (9–10) minus percentage of detractors "
                                  "(0–6) among the period's answers on the 0–10 scale."),
     QT_TRANSLATE_NOOP("PviText",
                       "A survey export with a \"How likely are you to recommend…\" question"),
     kSplit},
    {"ces", QT_TRANSLATE_NOOP("PviText", "Customer effort score (CES)"), U::Score,
     D::HigherIsBetter, F::Surveys, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "How easy customers found it to buy, get help or solve a problem. Effort drives customers "
         "away more than delight brings them back, so a rising score is good news. Reported on the "
         "workspace's CES scale (default 1–7) with higher meaning easier."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "The mean CES answer in the period on the configured scale (settings ces_scale_min, "
         "ces_scale_max; answers on other scales are mapped linearly onto it); when the setting "
         "ces_higher_is_easier is 0, answers are reversed so that higher still means easier."),
     QT_TRANSLATE_NOOP("PviText", "A survey export with a \"How easy was it…\" / effort question"),
     kSplit},
    {"nps_uplift", QT_TRANSLATE_NOOP("PviText", "NPS uplift from personalization"), U::Points,
     D::HigherIsBetter, F::Surveys, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "How many NPS points personalized customers are ahead of (or behind) the "
                       "others. Personalization that feels helpful makes customers more willing to "
                       "recommend you; a negative uplift can mean it feels intrusive. Exposure was "
                       "not randomized, so treat it as a signal to confirm with an A/B test."),
     QT_TRANSLATE_NOOP(
         "PviText", "NPS of personalized respondents minus NPS of generic respondents, in points. "
                    "The 95% interval is d ± 1.96·√(V_p + V_g), with each group's variance V = "
                    "(p_promoters + p_detractors − NPS²) / n (each answer scoring +1, 0 or −1, in "
                    "points²); the p-value is the two-sided z-test d / √(V_p + V_g)."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "A survey export with an NPS question that collected emails, and personalization rules"),
     kSplit},
    {"csat_uplift", QT_TRANSLATE_NOOP("PviText", "CSAT uplift from personalization"), U::Percent,
     D::HigherIsBetter, F::Surveys, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "How much more often personalized customers are satisfied than the others, "
                       "relative to the others' satisfaction. Exposure was not randomized, so "
                       "treat it as a signal to confirm with an A/B test."),
     QT_TRANSLATE_NOOP("PviText",
                       "(CSAT of personalized respondents − CSAT of generic respondents) / CSAT of "
                       "generic respondents × 100, with the Katz log interval of the ratio of the "
                       "two top-2-box rates and the two-proportion z-test p-value."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "A survey export with a CSAT question that collected emails, and personalization rules"),
     kSplit},
    {"comment_sentiment", QT_TRANSLATE_NOOP("PviText", "Comment sentiment"), U::Score,
     D::HigherIsBetter, F::Surveys, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "What the free-text comments of your surveys say, scored from −1 (very negative) to +1 "
         "(very positive) with PVI Studio's built-in English word list, with the share of "
         "positive, neutral and negative comments and the words that come up most in each. Read "
         "the comments behind the themes: a word list misses irony and context."),
     QT_TRANSLATE_NOOP(
         "PviText", "The mean comment score in the period. A comment's score sums its sentiment "
                    "words' scores (−3..+3; ×1.5 after \"very\" and similar words, ×−0.5 within "
                    "three words after a negation) and maps the sum s to s / √(s² + 15); positive "
                    "when s > 0, negative when s < 0, neutral otherwise. Themes: the words (stop "
                    "words and sentiment words left out) used by the most comments of each class."),
     QT_TRANSLATE_NOOP("PviText", "A survey export with free-text answers")},
    {"personalization_ethics_score",
     QT_TRANSLATE_NOOP("PviText", "Perceived personalization ethics"), U::Score, D::HigherIsBetter,
     F::Surveys, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "How fair, transparent and respectful customers find your personalization, from the "
         "survey questions you marked as being about it (\"I understand why I see these "
         "recommendations\", \"I feel in control of my data\"). Personalization only pays off "
         "while customers trust it; a falling score is an early warning."),
     QT_TRANSLATE_NOOP(
         "PviText", "The mean answer to the questions marked as personalization ethics in the "
                    "period, each mapped from its scale onto 0–100 (lowest point 0, highest 100)."),
     QT_TRANSLATE_NOOP(
         "PviText", "A survey export with Likert questions marked as about personalization ethics"),
     kSplit},
};

} // namespace

std::span<const PviRow> surveyPviRows() {
    return kSurveyRows;
}

} // namespace pvi
