#include "importers/demo_shop.h"

namespace pvi {

namespace {

// tools/demo_shop/generate_demo_shop.py writes these into resources/demo/, in import order: the
// orders first, so the other exports join their customers. CMakeLists.txt embeds every CSV of
// that folder under :/demo/ (a test checks that each one is listed here).
constexpr const char* kShopFiles[] = {
    "orders_export.csv",
    "mailchimp_campaigns.csv",
    "mailchimp_activity.csv",
    "subscribed_members_export_7c2e41a9d0.csv",
    "unsubscribed_members_export_7c2e41a9d0.csv",
    "cleaned_members_export_7c2e41a9d0.csv",
    "customer_feedback_responses.csv",
};

// GA4 downloads, one per month and report.
constexpr const char* kMonthlyReports[] = {"ga4_landing_page_%1.csv", "ga4_item_lists_%1.csv"};
constexpr const char* kMonths[] = {"2025-11", "2025-12", "2026-01", "2026-02",
                                   "2026-03", "2026-04", "2026-05", "2026-06",
                                   "2026-07", "2026-08", "2026-09", "2026-10"};

constexpr const char* kLastFiles[] = {
    "ga4_conversion_paths.csv",
    "costs.csv",
    "experiments.csv",
};

} // namespace

QStringList demoShopFiles() {
    const QString folder = QStringLiteral(":/demo/");
    QStringList files;
    for (const char* name : kShopFiles)
        files.append(folder + QLatin1String(name));
    for (const char* report : kMonthlyReports) {
        for (const char* month : kMonths)
            files.append(folder + QLatin1String(report).arg(QLatin1String(month)));
    }
    for (const char* name : kLastFiles)
        files.append(folder + QLatin1String(name));
    return files;
}

} // namespace pvi
