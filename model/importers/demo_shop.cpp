#include "importers/demo_shop.h"

namespace pvi {

namespace {

// tools/demo_shop/generate_demo_shop.py writes these into resources/demo/, in import order: the
// orders first, so the other exports join their customers. CMakeLists.txt embeds every CSV of
// that folder under :/demo/ (a test checks that each one is listed here).
constexpr const char* kDemoFiles[] = {
    "orders_export.csv",
    "mailchimp_campaigns.csv",
    "mailchimp_activity.csv",
    "subscribed_members_export_7c2e41a9d0.csv",
    "unsubscribed_members_export_7c2e41a9d0.csv",
    "cleaned_members_export_7c2e41a9d0.csv",
    "customer_feedback_responses.csv",
    "ga4_landing_page_2025-11.csv",
    "ga4_landing_page_2025-12.csv",
    "ga4_landing_page_2026-01.csv",
    "ga4_landing_page_2026-02.csv",
    "ga4_landing_page_2026-03.csv",
    "ga4_landing_page_2026-04.csv",
    "ga4_landing_page_2026-05.csv",
    "ga4_landing_page_2026-06.csv",
    "ga4_landing_page_2026-07.csv",
    "ga4_landing_page_2026-08.csv",
    "ga4_landing_page_2026-09.csv",
    "ga4_landing_page_2026-10.csv",
    "costs.csv",
    "experiments.csv",
};

} // namespace

QStringList demoShopFiles() {
    QStringList files;
    for (const char* name : kDemoFiles)
        files.append(QStringLiteral(":/demo/") + QLatin1String(name));
    return files;
}

} // namespace pvi
