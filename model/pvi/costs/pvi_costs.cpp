#include "pvi/costs/pvi_costs.h"

#include "pvi/engine/metric_support.h"
#include "pvi/engine/pvi_table.h"
#include "pvi/engine/workspace_settings.h"
#include "store/db_error.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <algorithm>

namespace pvi {

namespace {

// Average days in a month, for payback in months.
constexpr double kDaysPerMonth = 365.25 / 12.0;

using D = PviDefinition::Direction;
using F = PviFamily;
using U = PviUnit;

constexpr const char* kMarginNote = QT_TRANSLATE_NOOP(
    "PviText",
    " Gross margin is the workspace setting gross_margin (0.5, i.e. 50%, unless you set it).");

PviResult valueResult(const QString& id, double value, qint64 n) {
    PviResult r;
    r.id = id;
    r.available = true;
    r.value = value;
    r.n = n;
    return r;
}

constexpr const char* kCostData = QT_TRANSLATE_NOOP(
    "PviText", "A costs CSV (period start, period end, channel, category, amount) and orders with "
               "personalization rules. Costs overlapping the period count pro rata by days.");

// Display order; the texts speak to a shop owner.
constexpr PviRow kCostRows[] = {
    {"personalization_cost_per_customer",
     QT_TRANSLATE_NOOP("PviText", "Personalization cost per customer"), U::Currency,
     D::LowerIsBetter, F::Costs, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "What you spent on personalization for each customer it reached in the "
                       "period. Compare it with what a reached customer brings in."),
     QT_TRANSLATE_NOOP("PviText", "Personalization costs in the period divided by the customers "
                                  "exposed by the period's end who ordered in it."),
     kCostData},
    {"personalization_roi", QT_TRANSLATE_NOOP("PviText", "Personalization ROI"), U::Percent,
     D::HigherIsBetter, F::Costs, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "The return on what you spent on personalization: above 0% it pays for itself. The "
         "incremental revenue compares self-selected groups, so it is an estimate, not proof."),
     QT_TRANSLATE_NOOP(
         "PviText", "(Incremental revenue × gross margin − personalization cost) / personalization "
                    "cost × 100; incremental revenue = (revenue per reached customer − revenue per "
                    "other customer) × reached customers, in the period."),
     kCostData, kMarginNote},
    {"customer_acquisition_cost", QT_TRANSLATE_NOOP("PviText", "Customer acquisition cost"),
     U::Currency, D::LowerIsBetter, F::Costs, kHasSeries,
     QT_TRANSLATE_NOOP("PviText", "What winning one new customer cost in the period. It should "
                                  "stay well below what a customer brings over their lifetime."),
     QT_TRANSLATE_NOOP("PviText", "Acquisition costs in the period divided by the customers whose "
                                  "first valid order is in the period."),
     kCostData},
    {"payback_months", QT_TRANSLATE_NOOP("PviText", "Personalization payback"), U::Months,
     D::LowerIsBetter, F::Costs, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "How many months of incremental gross profit it takes to earn back the "
                       "personalization spend of the period; shorter is better."),
     QT_TRANSLATE_NOOP("PviText", "Personalization cost / (incremental revenue × gross margin per "
                                  "month of the period, a month being 365.25 / 12 days)."),
     kCostData, kMarginNote},
};

} // namespace

std::vector<CostEntry> loadCosts(Workspace& ws) {
    std::vector<CostEntry> costs;
    Statement stmt =
        ws.db().prepare("SELECT period_start, period_end, category, amount, channel FROM costs");
    while (stmt.step())
        costs.push_back({{QDate::fromString(stmt.columnText(0), Qt::ISODate),
                          QDate::fromString(stmt.columnText(1), Qt::ISODate)},
                         stmt.columnText(2),
                         stmt.columnDouble(3),
                         stmt.columnText(4)});
    return costs;
}

CostLedger costLedgerFor(Workspace& ws, const OrderSnapshot& snapshot,
                         const std::vector<CostEntry>& costs, const Period& period) {
    CostLedger ledger;
    ledger.grossMargin = numberSetting(ws, QStringLiteral("gross_margin"));
    ledger.periodDays = period.days();
    for (const CostEntry& cost : costs) {
        if (cost.category == u"personalization")
            ledger.personalizationCost += proratedCost(cost, period);
        else if (cost.category == u"acquisition")
            ledger.acquisitionCost += proratedCost(cost, period);
    }
    const DayRange range = DayRange::of(period);
    for (const PeriodCustomer& c : customersIn(snapshot, range)) {
        if (c.exposed) {
            ++ledger.reachedCustomers;
            ledger.reachedRevenue += c.revenue;
        } else {
            ++ledger.controlCustomers;
            ledger.controlRevenue += c.revenue;
        }
        if (c.customer->firstDay() >= range.from)
            ++ledger.newCustomers;
    }
    return ledger;
}

double proratedCost(const CostEntry& cost, const Period& period) {
    if (!cost.period.isValid() || !period.isValid())
        return 0;
    const QDate from = std::max(cost.period.from, period.from);
    const QDate to = std::min(cost.period.to, period.to);
    if (from > to)
        return 0;
    return cost.amount * static_cast<double>(from.daysTo(to) + 1) /
           static_cast<double>(cost.period.days());
}

std::optional<double> CostLedger::incrementalRevenue() const {
    if (incrementalOverride)
        return incrementalOverride;
    if (reachedCustomers == 0 || controlCustomers == 0)
        return std::nullopt;
    const double perReached = reachedRevenue / static_cast<double>(reachedCustomers);
    const double perControl = controlRevenue / static_cast<double>(controlCustomers);
    return (perReached - perControl) * static_cast<double>(reachedCustomers);
}

PviResult costPviFromLedger(const QString& id, const CostLedger& l, bool anyCosts) {
    if (!anyCosts)
        return unavailable(id, QStringLiteral("import a costs CSV (period start, period end, "
                                              "channel, category, amount) to see this"));
    if (id == u"customer_acquisition_cost") {
        if (l.acquisitionCost <= 0)
            return unavailable(id, QStringLiteral("no acquisition cost overlaps the period"));
        if (l.newCustomers == 0)
            return unavailable(id, QStringLiteral("no new customer in the period"));
        return valueResult(id, l.acquisitionCost / static_cast<double>(l.newCustomers),
                           l.newCustomers);
    }
    if (l.personalizationCost <= 0)
        return unavailable(id, QStringLiteral("no personalization cost overlaps the period"));
    if (id == u"personalization_cost_per_customer") {
        if (l.reachedCustomers == 0)
            return unavailable(id, QStringLiteral("no customer reached by personalization "
                                                  "ordered in the period (check the rules)"));
        return valueResult(id, l.personalizationCost / static_cast<double>(l.reachedCustomers),
                           l.reachedCustomers);
    }
    const std::optional<double> incremental = l.incrementalRevenue();
    if (!incremental)
        return unavailable(id, QStringLiteral("incremental revenue needs customers both reached "
                                              "and not reached by personalization in the "
                                              "period"));
    const double profit = *incremental * l.grossMargin;
    const qint64 n = l.reachedCustomers + l.controlCustomers;
    // The two groups the incremental revenue compares; the return itself has no per-group value.
    const auto withGroups = [&l](PviResult r) {
        r.personalized.n = l.reachedCustomers;
        r.control.n = l.controlCustomers;
        r.splitReason = QStringLiteral("one value for the whole period: it compares the revenue "
                                       "per customer of the reached (personalized) and the other "
                                       "(control) customers");
        return r;
    };
    if (id == u"personalization_roi")
        return withGroups(
            valueResult(id, (profit - l.personalizationCost) / l.personalizationCost * 100.0, n));
    const double monthlyProfit = profit / (static_cast<double>(l.periodDays) / kDaysPerMonth);
    if (monthlyProfit <= 0)
        return unavailable(id, QStringLiteral("personalization brought no incremental gross "
                                              "profit in the period: it does not pay back"));
    return withGroups(valueResult(id, l.personalizationCost / monthlyProfit, n));
}

std::span<const PviRow> costPviRows() {
    return kCostRows;
}

} // namespace pvi
