#include "pages/lifetime_value_loader.h"

#include "analytics/orders/last_order_day.h"
#include "analytics/rfm/rfm_assignment.h"
#include "analytics/rfm/rfm_segment_map.h"
#include "analytics/rfm/rfm_summary.h"
#include "pages/workspace_reader.h"
#include "pvi/engine/workspace_currency.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi/reports/churn_by_segment.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi {

std::vector<CustomerClvPrediction>
customersWorthAPersonalTouch(const std::vector<CustomerClvPrediction>& customers) {
    std::vector<double> values;
    for (const CustomerClvPrediction& c : customers) {
        if (std::isfinite(c.clv))
            values.push_back(c.clv);
    }
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    // The top quarter: at or above the value 75% of the way up the sorted CLVs.
    const double cut = values[std::size_t(std::floor(0.75 * double(values.size() - 1)))];
    std::vector<CustomerClvPrediction> chosen;
    for (const CustomerClvPrediction& c : customers) {
        if (std::isfinite(c.clv) && c.clv >= cut && 1.0 - c.pAlive >= kChurnRiskThreshold)
            chosen.push_back(c);
    }
    std::stable_sort(chosen.begin(), chosen.end(), [](const auto& a, const auto& b) {
        return a.clv * (1.0 - a.pAlive) > b.clv * (1.0 - b.pAlive);
    });
    return chosen;
}

namespace {

QHash<QString, QString> segmentOfCustomers(Database& db, const QDate& asOf) {
    std::vector<RfmOrder> orders;
    for (const PurchaseRecord& p : loadValidOrderPurchases(db, asOf))
        orders.push_back({p.customerId.toLongLong(), p.date, p.value});
    QHash<QString, QString> groupOf;
    for (const RfmAssignment& a : assignRfm(orders, asOf))
        groupOf.insert(QString::number(a.score.customerId), rfmSegmentName(a.segment));
    return groupOf;
}

/// The segments in the RFM display order (Champions first, Lost last) instead of by name.
void sortInDisplayOrder(std::vector<ClvGroupSummary>& segments) {
    const auto rank = [](const QString& name) {
        for (std::size_t i = 0; i < kAllRfmSegments.size(); ++i)
            if (rfmSegmentName(kAllRfmSegments[i]) == name)
                return i;
        return kAllRfmSegments.size();
    };
    std::stable_sort(segments.begin(), segments.end(), [&rank](const auto& a, const auto& b) {
        return rank(a.group) < rank(b.group);
    });
}

} // namespace

LifetimeValueData loadLifetimeValue(const QString& workspacePath, const PeriodFilter& filter) {
    LifetimeValueData data;
    readWorkspace(
        data, workspacePath,
        QCoreApplication::translate("LifetimeValueLoader", "Lifetime value could not be computed"),
        [&](Workspace& workspace) {
            Database& db = workspace.db();
            const QDate latest = lastOrderDay(db);
            if (!latest.isValid()) {
                data.error = QCoreApplication::translate(
                    "LifetimeValueLoader", "This workspace has no valid orders yet: import an "
                                           "orders export to predict lifetime value.");
                return;
            }
            data.period = filter.period(latest);
            const QDate asOf = data.period.to;
            data.clv = analyzeWorkspaceClv(db, asOf);
            if (!data.clv.ok) {
                data.error = data.clv.reason;
                return;
            }
            data.segments =
                summarizeClvByGroup(data.clv.analysis.customers, segmentOfCustomers(db, asOf));
            sortInDisplayOrder(data.segments);
            data.atRisk = customersWorthAPersonalTouch(data.clv.analysis.customers);
            const OrderSnapshot snapshot = OrderSnapshot::load(workspace);
            data.hasRules = snapshot.hasRules;
            data.currency = workspaceCurrency(workspace);
            data.churnSegments = churnRiskBySegment(data.clv.analysis.customers, snapshot, asOf);
        });
    return data;
}

} // namespace pvi
