#include "pvi/lifetime/pvi_predictive.h"

#include "analytics/lifetime/clv_group_summary.h"
#include "analytics/lifetime/clv_workspace_analysis.h"
#include "pvi/engine/pvi_table.h"
#include "pvi/lifetime/snapshot_purchase_days.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi/reports/churn_by_segment.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace pvi {

/// Everything the three PVIs read, computed once.
struct PredictiveFit {
    QString reason; ///< non-empty when nothing can be computed
    QString splitReason;
    ClvGroupSummary all;
    const ClvGroupSummary* exposed = nullptr;
    const ClvGroupSummary* unexposed = nullptr;
    std::vector<ClvGroupSummary> groups;
    std::vector<SegmentValue> churnBySegment; ///< churn_risk per RFM segment
};

namespace {

using D = PviDefinition::Direction;
using F = PviFamily;
using U = PviUnit;

constexpr const char* kExposed = "exposed";
constexpr const char* kUnexposed = "unexposed";

std::optional<double> finite(double v) {
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

GroupValue groupValue(const ClvGroupSummary* group, double ClvGroupSummary::*field, int n) {
    if (group == nullptr)
        return {};
    return {finite(group->*field), n};
}

const ClvGroupSummary* findGroup(const std::vector<ClvGroupSummary>& groups, const char* name) {
    for (const ClvGroupSummary& g : groups) {
        if (g.group == QLatin1String(name))
            return &g;
    }
    return nullptr;
}

void fill(PredictiveFit& in, const OrderSnapshot& snapshot, const QDate& asOf) {
    // The snapshot holds the valid orders already: the fit does not read them again. No PVI
    // reads the backtest (the Lifetime value page runs its own analysis, with it).
    const ClvWorkspaceAnalysis clv =
        analyzePurchaseDaysClv(snapshotPurchaseDays(snapshot, asOf), asOf, ClvBacktestMode::Skip);
    if (!clv.ok) {
        in.reason = clv.reason;
        return;
    }
    const auto& customers = clv.analysis.customers;
    if (customers.empty()) {
        in.reason = QCoreApplication::translate(
            "pvi::PviReason", "the lifetime model could not be fitted to these orders (too "
                              "few customers or repeat purchases)");
        return;
    }
    // Group 0 of {exposed, unexposed} or group 1, customer by customer.
    std::vector<int> exposureOf(customers.size());
    const qint64 day = asOf.toJulianDay();
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const auto it = snapshot.customers.find(customers[i].id.toLongLong());
        const bool exposed = it != snapshot.customers.end() && it->second.exposedBy(day);
        exposureOf[i] = exposed ? 0 : 1;
    }
    in.all = summarizeClvByGroup(customers, std::vector<int>(customers.size(), 0),
                                 {QStringLiteral("all")})
                 .front();
    in.churnBySegment = churnRiskBySegment(customers, snapshot, asOf);
    if (!snapshot.hasRules) {
        in.splitReason = QStringLiteral("add a personalization rule to split exposed and "
                                        "unexposed customers");
        return;
    }
    in.groups = summarizeClvByGroup(
        customers, exposureOf, {QString::fromLatin1(kExposed), QString::fromLatin1(kUnexposed)});
    in.exposed = findGroup(in.groups, kExposed);
    in.unexposed = findGroup(in.groups, kUnexposed);
    if (in.exposed == nullptr || in.unexposed == nullptr)
        in.splitReason = QStringLiteral("every customer is on the same side of the exposure "
                                        "split by %1")
                             .arg(asOf.toString(Qt::ISODate));
}

PviResult compute(const PredictiveFit& in, const QString& id) {
    PviResult r;
    r.id = id;
    if (!in.reason.isEmpty()) {
        r.reason = in.reason;
        return r;
    }
    const bool clv = id != QLatin1String("churn_risk");
    const auto field = clv ? &ClvGroupSummary::meanClv : &ClvGroupSummary::meanChurnRisk;
    const auto countOf = [clv](const ClvGroupSummary& g) {
        return clv ? g.customersWithClv : g.repeatCustomers;
    };
    r.n = countOf(in.all);
    r.splitReason = in.splitReason;
    if (in.exposed != nullptr && in.unexposed != nullptr) {
        r.personalized = groupValue(in.exposed, field, countOf(*in.exposed));
        r.control = groupValue(in.unexposed, field, countOf(*in.unexposed));
    }
    if (clv && in.exposed != nullptr && in.unexposed != nullptr)
        r.liftPercent = finite(clvUplift(*in.exposed, *in.unexposed) * 100.0);
    if (id == QLatin1String("clv_uplift")) {
        r.value = r.liftPercent;
        if (!r.value)
            r.reason =
                in.splitReason.isEmpty()
                    ? QCoreApplication::translate(
                          "pvi::PviReason", "the spend model could not be fitted, so no lifetime "
                                            "value can be compared")
                    : in.splitReason;
    } else {
        r.value = finite(in.all.*field);
        if (!r.value)
            r.reason =
                clv ? QCoreApplication::translate(
                          "pvi::PviReason", "the spend model could not be fitted (too few repeat "
                                            "purchases), so no lifetime value can be predicted")
                    : QCoreApplication::translate(
                          "pvi::PviReason", "no customer has bought more than once, and the "
                                            "model cannot tell whether a one-time buyer left");
    }
    if (!clv)
        r.segments = in.churnBySegment;
    r.available = r.value.has_value();
    return r;
}

constexpr const char* kPredictiveData = QT_TRANSLATE_NOOP(
    "PviText",
    "Orders (a Shopify orders export) with repeat customers; a personalization rule for the split");

constexpr PviRow kPredictiveRows[] = {
    {"predicted_clv", QT_TRANSLATE_NOOP("PviText", "Predicted lifetime value"), U::Currency,
     D::HigherIsBetter, F::Predictive, kNoSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "What an average customer is expected to spend with you over the next 12 months, from how "
         "often and how recently they bought and how much they spend. Comparing customers who "
         "received personalization with the others shows whether it builds more valuable "
         "customers. It is a forecast: treat small differences with care."),
     QT_TRANSLATE_NOOP(
         "PviText", "A BG/NBD model (Fader, Hardie & Lee 2005) predicts each customer's purchases "
                    "month by month and a Gamma-Gamma model their spend per purchase, both fitted "
                    "on the valid orders up to the period's end; the monthly values are discounted "
                    "at 10% a year over 12 months and averaged over the customers."),
     kPredictiveData},
    {"churn_risk", QT_TRANSLATE_NOOP("PviText", "Churn risk"), U::Ratio, D::LowerIsBetter,
     F::Predictive, kNoSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "How likely your repeat customers are to have stopped buying, judged from the time since "
         "their last order compared with their usual rhythm. A lower risk among personalized "
         "customers suggests personalization keeps people around. One-time buyers are left out: "
         "with a single order there is no rhythm to judge, and the model counts them as active."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "The mean over customers with at least one repeat purchase of 1 − P(alive), the BG/NBD "
         "probability that a customer is still active as of the period's end (between 0 and 1); "
         "also per RFM segment as of that day, each split into exposed and unexposed customers. "
         "BG/NBD gives a one-time buyer P(alive) = 1 by construction, so they are not counted."),
     kPredictiveData},
    {"clv_uplift", QT_TRANSLATE_NOOP("PviText", "Predicted lifetime value uplift"), U::Percent,
     D::HigherIsBetter, F::Predictive, kNoSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "How much more lifetime value the model predicts for customers who received "
         "personalization than for the others. Exposure was not randomized, so confirm it with an "
         "A/B test before crediting personalization with the whole difference."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "(Mean predicted 12-month CLV of exposed customers − that of unexposed customers) divided "
         "by that of unexposed customers, times 100; exposed = personalized by the period's end."),
     kPredictiveData},
};

} // namespace

std::span<const PviRow> predictivePviRows() {
    return kPredictiveRows;
}

std::shared_ptr<const PredictiveFit> fitPredictive(const OrderSnapshot& snapshot,
                                                   const QDate& asOf) {
    auto fit = std::make_shared<PredictiveFit>(); // filled in place: it points into itself
    fill(*fit, snapshot, asOf);
    return fit;
}

PviResult computePredictivePvi(const PredictiveFit& fit, const QString& id) {
    return compute(fit, id);
}

} // namespace pvi
