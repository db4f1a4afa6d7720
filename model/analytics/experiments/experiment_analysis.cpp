#include "analytics/experiments/experiment_analysis.h"

#include "stats/lift.h"
#include "stats/mann_whitney.h"

#include <cmath>

namespace pvi {

namespace {

std::vector<double> revenues(const ExperimentArm& arm) {
    std::vector<double> out;
    out.reserve(arm.units.size());
    for (const auto& unit : arm.units)
        out.push_back(unit.revenue);
    return out;
}

/// Shrinks the lifts of the portfolio's tests that have conversions in both arms.
void shrinkInto(PortfolioAnalysis& portfolio, double alpha) {
    std::vector<ShrinkageInput> inputs;
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < portfolio.tests.size(); ++i) {
        const auto& t = portfolio.tests[i];
        if (t.pValue < alpha && t.liftPercent > 0)
            ++portfolio.rawWins;
        const ProportionSummary& c = t.control;
        const ProportionSummary& x = t.treatment;
        if (c.conversions <= 0 || x.conversions <= 0)
            continue;
        const double variance =
            (1.0 - x.rate()) / double(x.conversions) + (1.0 - c.rate()) / double(c.conversions);
        inputs.push_back({std::log(x.rate() / c.rate()), variance, double(x.n) * c.rate()});
        rows.push_back(i);
    }
    portfolio.shrunkTests = int(inputs.size());
    portfolio.shrinkage = shrinkPortfolio(inputs);
    if (portfolio.shrinkage.tests.empty())
        return;
    double rawSum = 0;
    double shrunkSum = 0;
    double positiveRaw = 0;
    double positiveShrunk = 0;
    for (std::size_t j = 0; j < rows.size(); ++j) {
        auto& t = portfolio.tests[rows[j]];
        const ShrunkEffect& e = portfolio.shrinkage.tests[j];
        t.shrunkLiftPercent = std::expm1(e.mean) * 100.0;
        t.shrunkLowPercent = std::expm1(e.low) * 100.0;
        t.shrunkHighPercent = std::expm1(e.high) * 100.0;
        t.probabilityPositive = e.probabilityPositive;
        if (e.low > 0)
            ++portfolio.shrunkWins;
        if (t.liftPercent > 0) {
            positiveRaw += t.liftPercent;
            positiveShrunk += *t.shrunkLiftPercent;
        }
        if (t.pValue < alpha && t.liftPercent > 0) {
            rawSum += t.liftPercent;
            shrunkSum += *t.shrunkLiftPercent;
        }
    }
    // The winners when there are any, else every test that measured a positive lift.
    if (rawSum > 0)
        portfolio.winnersShrinkage = 1.0 - shrunkSum / rawSum;
    else if (positiveRaw > 0)
        portfolio.winnersShrinkage = 1.0 - positiveShrunk / positiveRaw;
    else
        portfolio.winnersShrinkage = 0.0;
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
        c.sequential = alwaysValidDifference(control->conversions, arm.conversions);
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
            PortfolioAnalysis::Entry entry;
            entry.experiment = e.name;
            entry.treatmentArm = c.treatmentArm;
            entry.pValue = *c.rates.pValue;
            entry.liftPercent = *c.rates.liftPercent.estimate;
            entry.control = c.rates.control;
            entry.treatment = c.rates.treatment;
            portfolio.tests.push_back(entry);
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
    shrinkInto(portfolio, alpha);
    return portfolio;
}

QString shrinkageSentence(const PortfolioAnalysis& p) {
    if (p.shrinkage.tests.empty())
        return QStringLiteral("No shrinkage: %1.")
            .arg(p.shrinkage.reasons.join(QStringLiteral("; ")));
    const int percent = int(std::lround(*p.winnersShrinkage * 100.0));
    const QString winners = p.rawWins > 0 ? QStringLiteral("your winners' lifts")
                                          : QStringLiteral("your positive lifts");
    if (percent <= 0)
        return QStringLiteral("Across %1 tests, %2 hold up: they are not likely smaller than "
                              "measured.")
            .arg(p.shrunkTests)
            .arg(winners);
    return QStringLiteral("Across %1 tests, %2 are likely about %3% smaller than measured.")
        .arg(p.shrunkTests)
        .arg(winners)
        .arg(percent);
}

} // namespace pvi
