#include "pvi/engine/metrics_engine.h"

#include "analytics/orders/last_order_day.h"
#include "pvi/email/email_campaign_rates.h"
#include "pvi/engine/metric_support.h"
#include "pvi/engine/pvi_engine.h"
#include "pvi/engine/pvi_registry.h"
#include "pvi/lifetime/pvi_lifetime.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi/orders/pvi_commerce.h"
#include "pvi/orders/pvi_loyalty.h"
#include "pvi/orders/pvi_segment_conversion.h"
#include "pvi/orders/pvi_segments.h"
#include "pvi/surveys/survey_snapshot.h"
#include "pvi/web/pvi_web.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace pvi {

namespace {

using PviFunction = PviResult (*)(const OrderSnapshot&, const Period&);

/// segment_conversion_rate from the orders alone (without e-mail lines).
PviResult segmentConversionOfOrders(const OrderSnapshot& snapshot, const Period& period) {
    static const EmailFacts kNoEmail;
    return segmentConversionRate(snapshot, kNoEmail, period);
}

/// offer_redemption_rate needs the discount codes and campaigns, not in the snapshot.
PviResult offerRedemptionNeedsWorkspace(const OrderSnapshot&, const Period&) {
    return unavailable(QStringLiteral("offer_redemption_rate"),
                       QStringLiteral("computed from the workspace's offer codes and e-mail "
                                      "campaigns, not from the orders alone"));
}

struct PviComputation {
    const char* id;
    PviFunction compute;
};

constexpr PviComputation kComputations[] = {
    {"average_order_value", &averageOrderValue},
    {"revenue_per_customer", &revenuePerCustomer},
    {"aov_uplift", &aovUplift},
    {"incremental_revenue", &incrementalRevenue},
    {"offer_redemption_rate", &offerRedemptionNeedsWorkspace},
    {"customer_retention_rate", &customerRetentionRate},
    {"repeat_purchase_rate", &repeatPurchaseRate},
    {"purchase_frequency", &purchaseFrequency},
    {"churn_rate", &churnRate},
    {"customer_lifespan", &customerLifespan},
    {"clv_simple", &clvSimple},
    {"clv_by_segment", &clvBySegment},
    {"marketing_consent_rate", &marketingConsentRate},
    {"rfm_segment", &rfmSegmentPvi},
    {"segmentation_rate", &segmentationRate},
    {"segment_growth_rate", &segmentGrowthRate},
    {"segment_conversion_rate", &segmentConversionOfOrders},
    {"segment_retention_rate", &segmentRetentionRate},
};

std::vector<PviResult> allUnavailable(const QString& reason) {
    std::vector<PviResult> results;
    for (const PviDefinition& definition : PviRegistry::definitions()) {
        PviResult result;
        result.id = definition.id;
        result.reason = reason;
        results.push_back(result);
    }
    return results;
}

} // namespace

QString noOrdersImportedReason() {
    return QStringLiteral("import a Shopify orders export to see this");
}

namespace {

/// The data's last day, and the latest analytics report's range when only web data is there.
struct DataEnd {
    QDate lastDay;
    std::optional<Period> webReport;
};

DataEnd dataEnd(Workspace& workspace) {
    if (const QDate last = lastOrderDay(workspace.db()); last.isValid())
        return {last, std::nullopt};
    if (const QDate last = latestEmailDate(workspace); last.isValid())
        return {last, std::nullopt};
    if (const QDate last = latestSurveyDate(workspace); last.isValid())
        return {last, std::nullopt};
    if (const std::optional<Period> web = latestWebReportRange(workspace))
        return {web->to, web};
    return {};
}

} // namespace

QDate lastDayOfData(Workspace& workspace) {
    try {
        return dataEnd(workspace).lastDay;
    } catch (const DbError&) {
        return {}; // an unreadable workspace has no data; computing its PVIs reports why
    }
}

MetricsQuery defaultMetricsQuery(Workspace& workspace) {
    DataEnd end;
    try {
        end = dataEnd(workspace);
    } catch (const DbError&) {
        return {}; // an unreadable workspace has no default period; computeMetrics says why
    }
    if (end.webReport)
        return {*end.webReport, end.webReport->previous()};
    if (!end.lastDay.isValid())
        return {};
    const Period period{end.lastDay.addDays(-89), end.lastDay};
    return {period, period.previous()};
}

PviResult computePvi(const OrderSnapshot& snapshot, const QString& id, const Period& period) {
    const auto it =
        std::find_if(std::begin(kComputations), std::end(kComputations),
                     [&](const PviComputation& c) { return id == QLatin1String(c.id); });
    PviResult result;
    result.id = id;
    if (it == std::end(kComputations)) {
        result.reason = QStringLiteral("unknown PVI '%1'").arg(id);
        return result;
    }
    if (snapshot.orders.empty()) {
        result.reason = noOrdersImportedReason();
        return result;
    }
    if (!period.isValid()) {
        result.reason =
            QCoreApplication::translate("pvi::PviReason", "the period is not a valid date range");
        return result;
    }
    return it->compute(snapshot, period);
}

std::vector<PviResult> computeMetrics(const OrderSnapshot& snapshot, const MetricsQuery& query) {
    if (snapshot.orders.empty())
        return allUnavailable(noOrdersImportedReason());
    if (!query.period.isValid())
        return allUnavailable(QStringLiteral("the period is not a valid date range"));
    std::vector<PviResult> results;
    for (const PviDefinition& definition : PviRegistry::definitions()) {
        PviResult result = computePvi(snapshot, definition.id, query.period);
        if (query.comparison.isValid()) {
            const PviResult previous = computePvi(snapshot, definition.id, query.comparison);
            result.previous = {previous.value, previous.n};
        }
        results.push_back(std::move(result));
    }
    return results;
}

std::vector<PviResult> computeMetrics(Workspace& workspace, const MetricsQuery& query) {
    return computeRun(workspace, query).results;
}

} // namespace pvi
