#pragma once

#include <QString>
#include <QStringList>

namespace pvi {

/// The bundled demo shop's exports as Qt resource paths (readable with QFile), in the order they
/// are imported: the Shopify orders export first (it brings the customers the other files join
/// to by email), then the Mailchimp campaign list and per-recipient activity, the Google Forms
/// survey, the GA4 landing-page reports (one per month), the costs CSV and the A/B tests.
QStringList demoShopFiles();

/// The personalization rules the demo shop uses: (kind, pattern) pairs.
struct DemoRule {
    const char* kind;
    const char* pattern;
};
inline constexpr DemoRule kDemoShopRules[] = {
    {"order-tag", "personalized"},
    {"discount-code-prefix", "FORYOU"},
    {"campaign-name", "[P]"},
    {"landing-page-prefix", "/for-you/"},
    {"item-list", "Recommended for you"},
};

/// The targets the demo's owner set, so the targets PVI has something to judge: (PVI id, target
/// in the PVI's unit). Some are met on the demo's data, some are not.
struct DemoTarget {
    const char* pviId;
    double target;
};
inline constexpr DemoTarget kDemoShopTargets[] = {
    {"repeat_purchase_rate", 65.0}, {"email_open_rate", 35.0},
    {"conversion_rate", 2.5},       {"nps", 30.0},
    {"churn_rate", 12.0},           {"personalization_roi", 25.0},
};

/// How the demo shop's survey questions are marked (before its survey is imported): an
/// instrument id ("" for none) with its default scale, whether the question is about the ethics
/// of personalization, and whether its answers are segments of the "survey" dimension.
struct DemoSurveyMark {
    const char* question;
    const char* instrument;
    bool isEthics;
    bool isSegment;
};
inline constexpr DemoSurveyMark kDemoSurveyMarks[] = {
    {"I understand why I am shown the offers I receive", "likert", true, false},
    {"I feel in control of how my data is used to tailor offers to me", "likert", true, false},
    {"The personalized offers I receive are fair", "likert", true, false},
    {"How did you hear about us?", "", false, true},
};

/// The segments the demo's owner defined as rules (Segments › Segment by › rule:NAME).
struct DemoSegmentRule {
    const char* name;
    const char* rule;
};
inline constexpr DemoSegmentRule kDemoSegmentRules[] = {
    {"Big spenders", "spend_last_90d > 75"},
    {"Regulars who opted in", "orders_last_90d >= 3 AND consent = yes"},
};

} // namespace pvi
