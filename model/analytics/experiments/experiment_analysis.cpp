#include "analytics/experiments/experiment_analysis.h"

#include "stats/lift.h"
#include "stats/mann_whitney.h"

namespace pvi {

namespace {

std::vector<double> revenues(const ExperimentArm& arm) {
    std::vector<double> out;
    out.reserve(arm.units.size());
    for (const auto& unit : arm.units)
        out.push_back(unit.revenue);
    return out;
}

} // namespace

ExperimentAnalysis analyzeExperiment(const Experiment& experiment) {
    ExperimentAnalysis analysis;
    analysis.name = experiment.name;
    analysis.startedOn = experiment.startedOn;
    analysis.endedOn = experiment.endedOn;
    const ExperimentArm* control = experiment.control();
    if (control == nullptr) {
        analysis.reasons << QStringLiteral("no arm is marked as control");
        return analysis;
    }
    analysis.controlArm = control->name;
    for (const ExperimentArm& arm : experiment.arms) {
        if (&arm == control)
            continue;
        ArmComparison c;
        c.treatmentArm = arm.name;
        if (control->plannedShare && arm.plannedShare)
            c.plannedControlShare =
                *control->plannedShare / (*control->plannedShare + *arm.plannedShare);
        c.rates = compareRates(control->conversions, arm.conversions, c.plannedControlShare);
        c.revenueWelch = welchTTest(control->revenue, arm.revenue);
        c.revenueLiftPercent = meanLift(control->revenue, arm.revenue);
        if (!control->units.empty() && !arm.units.empty())
            c.revenueMannWhitney = mannWhitneyU(revenues(*control), revenues(arm));
        else
            c.revenueMannWhitney.reasons
                << QStringLiteral("needs per-visitor rows (only arm totals were imported)");
        analysis.comparisons.push_back(std::move(c));
    }
    if (analysis.comparisons.empty())
        analysis.reasons << QStringLiteral("the experiment has no treatment arm");
    return analysis;
}

PortfolioAnalysis analyzePortfolio(const std::vector<ExperimentAnalysis>& experiments,
                                   const QDate& asOf, double alpha) {
    PortfolioAnalysis portfolio;
    std::vector<ConcludedTest> concluded;
    for (const auto& e : experiments) {
        if (!e.endedOn.isValid() || e.endedOn > asOf)
            continue;
        for (const auto& c : e.comparisons) {
            if (!c.rates.pValue || !c.rates.liftPercent.estimate)
                continue;
            portfolio.tests.push_back(
                {e.name, c.treatmentArm, *c.rates.pValue, *c.rates.liftPercent.estimate, 1, 1});
            concluded.push_back({*c.rates.pValue, *c.rates.liftPercent.estimate});
        }
    }
    portfolio.winRateHolm = abWinRate(concluded, PAdjustment::Holm, alpha);
    portfolio.winRateBenjaminiHochberg =
        abWinRate(concluded, PAdjustment::BenjaminiHochberg, alpha);
    for (std::size_t i = 0; i < portfolio.tests.size(); ++i) {
        portfolio.tests[i].holm = portfolio.winRateHolm.adjusted[i];
        portfolio.tests[i].benjaminiHochberg = portfolio.winRateBenjaminiHochberg.adjusted[i];
    }
    return portfolio;
}

} // namespace pvi
