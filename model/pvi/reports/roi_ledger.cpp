#include "pvi/reports/roi_ledger.h"

#include "pvi/costs/pvi_costs.h"
#include "pvi/effect/pvi_effect.h"
#include "pvi/engine/metric_support.h"
#include "pvi/orders/customer_locations.h"
#include "pvi/orders/order_snapshot.h"
#include "stats/welch_t_test.h"

#include <QLocale>

#include <algorithm>
#include <map>

namespace pvi {

namespace {

std::optional<double> costValue(const char* id, const CostLedger& ledger, QStringList& notes) {
    const PviResult r = costPviFromLedger(QLatin1String(id), ledger, true);
    if (!r.available && !r.reason.isEmpty() && !notes.contains(r.reason))
        notes.append(r.reason);
    return r.available ? r.value : std::nullopt;
}

RoiLedgerRow rowFor(Workspace& ws, const OrderSnapshot& snapshot,
                    const std::vector<CostEntry>& costs, const Period& period, const QString& label,
                    const SelectionEffect* adjusted = nullptr) {
    CostLedger l = costLedgerFor(ws, snapshot, costs, period);
    // The adjusted effect per personalized customer over its window, scaled to the period.
    double scale = 0;
    if (adjusted && adjusted->matched) {
        scale = static_cast<double>(l.reachedCustomers) * static_cast<double>(l.periodDays) /
                static_cast<double>(adjusted->windowDays);
        l.incrementalOverride = adjusted->matched->difference * scale;
    }
    RoiLedgerRow row;
    row.period = period;
    row.label = label;
    row.personalizationCost = l.personalizationCost;
    row.acquisitionCost = l.acquisitionCost;
    for (const CostEntry& cost : costs) {
        if (cost.category == u"other")
            row.otherCost += proratedCost(cost, period);
    }
    row.reachedCustomers = l.reachedCustomers;
    row.controlCustomers = l.controlCustomers;
    row.newCustomers = l.newCustomers;
    row.incrementalRevenue = l.incrementalRevenue();
    MeanSummary reached;
    MeanSummary control;
    for (const PeriodCustomer& c : customersIn(snapshot, DayRange::of(period)))
        (c.exposed ? reached : control).add(c.revenue);
    const WelchResult welch = welchTTest(control, reached);
    if (l.incrementalOverride) {
        row.incrementalCi95 =
            std::make_pair(adjusted->matched->ciLow * scale, adjusted->matched->ciHigh * scale);
    } else if (welch.ciLow && welch.ciHigh) {
        const double n = static_cast<double>(l.reachedCustomers);
        row.incrementalCi95 = std::make_pair(*welch.ciLow * n, *welch.ciHigh * n);
    }
    QStringList notes;
    row.costPerCustomer = costValue("personalization_cost_per_customer", l, notes);
    row.customerAcquisitionCost = costValue("customer_acquisition_cost", l, notes);
    row.roiPercent = costValue("personalization_roi", l, notes);
    row.paybackMonths = costValue("payback_months", l, notes);
    row.note = notes.join(QStringLiteral("; "));
    return row;
}

} // namespace

RoiLedger computeRoiLedger(Workspace& workspace, const Period& period, int months) {
    RoiLedger ledger;
    const std::vector<CostEntry> costs = loadCosts(workspace);
    ledger.anyCosts = !costs.empty();
    if (!ledger.anyCosts || !period.isValid())
        return ledger;
    const OrderSnapshot snapshot = OrderSnapshot::load(workspace);
    ledger.total = rowFor(workspace, snapshot, costs, period, QStringLiteral("Selected period"));
    ledger.grossMargin = costLedgerFor(workspace, snapshot, {}, period).grossMargin;
    EffectRequest request;
    request.period = effectStartsAsOf(period.to);
    request.dataEnd = period.to;
    ledger.adjustedEffect =
        selectionEffect(snapshot, CustomerLocations::load(workspace, &snapshot), request);
    if (ledger.adjustedEffect.matched)
        ledger.adjustedTotal = rowFor(workspace, snapshot, costs, period,
                                      QStringLiteral("Selected period, adjusted for selection"),
                                      &ledger.adjustedEffect);

    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QDate lastMonth(period.to.year(), period.to.month(), 1);
    for (int k = months - 1; k >= 0; --k) {
        const QDate first = lastMonth.addMonths(-k);
        const QDate last = k == 0 ? period.to : first.addMonths(1).addDays(-1);
        ledger.months.push_back(rowFor(workspace, snapshot, costs, {first, last},
                                       en.toString(first, QStringLiteral("MMM yyyy"))));
    }

    std::map<std::pair<QString, QString>, double> lines;
    for (const CostEntry& cost : costs) {
        const double share = proratedCost(cost, period);
        if (share > 0)
            lines[{cost.channel, cost.category}] += share;
    }
    for (const auto& [key, amount] : lines)
        ledger.byChannel.push_back({key.first, key.second, amount});
    std::stable_sort(
        ledger.byChannel.begin(), ledger.byChannel.end(),
        [](const RoiCostLine& a, const RoiCostLine& b) { return a.amount > b.amount; });
    return ledger;
}

} // namespace pvi
