#include "pvi/experiments/pvi_experiments.h"

#include "analytics/experiments/experiment_analysis.h"
#include "analytics/experiments/experiment_store.h"
#include "pvi/engine/metric_support.h"
#include "pvi/engine/pvi_table.h"
#include "stats/sample_size_planner.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace pvi {

namespace {

using D = PviDefinition::Direction;
using F = PviFamily;
using U = PviUnit;

constexpr const char* kExperimentData =
    QT_TRANSLATE_NOOP("PviText", "An A/B test imported with pvi abtest WS.pvi --import FILE.csv");

constexpr PviRow kExperimentRows[] = {
    {"ab_lift", QT_TRANSLATE_NOOP("PviText", "A/B test lift"), U::Percent, D::HigherIsBetter,
     F::Experiments, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "How much better the personalized variation converted than the control in your most "
         "recent A/B test of the period. A randomized test is the cleanest proof that "
         "personalization causes the difference; the 95% interval shows how sure the number is."),
     QT_TRANSLATE_NOOP(
         "PviText", "(Treatment conversion rate − control conversion rate) / control conversion "
                    "rate × 100, with a Katz log 95% interval, for the first treatment arm of the "
                    "most recent experiment running in the period; other arms are listed per arm."),
     kExperimentData},
    {"ab_p_value", QT_TRANSLATE_NOOP("PviText", "A/B test p-value"), U::Ratio, D::LowerIsBetter,
     F::Experiments, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "How likely a difference at least this large would be if the variation did "
                       "nothing. Below 0.05 the result is usually called significant; a larger "
                       "value means the test has not shown a difference yet."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "Two-sided two-proportion z-test of the conversion rates, or Fisher's exact test when any "
         "cell is below 5, for the most recent experiment running in the period."),
     kExperimentData},
    {"ab_probability_to_beat", QT_TRANSLATE_NOOP("PviText", "Probability to beat control"),
     U::Percent, D::HigherIsBetter, F::Experiments, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "The chance that the personalized variation truly converts better than the "
                       "control, given the data. Many teams act at 95% or more."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "P(treatment rate > control rate) with Beta(1, 1) priors updated by each arm's visitors "
         "and conversions, times 100, for the most recent experiment running in the period."),
     kExperimentData},
    {"ab_sample_ratio_mismatch", QT_TRANSLATE_NOOP("PviText", "Sample ratio check"), U::Ratio,
     D::HigherIsBetter, F::Experiments, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "Whether visitors were split between the arms as planned. A very small "
                       "value (below 0.001) means the split is off, usually a tracking or "
                       "assignment bug, and the test's result should not be trusted."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "p-value of the chi-square goodness-of-fit test of the observed visitors per arm against "
         "the planned split, for the most recent experiment running in the period."),
     kExperimentData},
    {"ab_required_sample", QT_TRANSLATE_NOOP("PviText", "Visitors needed per arm"), U::Count,
     D::Neutral, F::Experiments, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "How many visitors each arm needs to detect a 5-point change of the "
                       "control's conversion rate reliably. Compare it with the visitors your test "
                       "has: with fewer, a missing difference proves little."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "Evan Miller's formula for a two-sided test at α = 0.05 with 80% power: n = "
         "(z(1−α/2)·√(2p(1−p)) + z(power)·√(p(1−p) + (p+d)(1−p−d)))² / d², with p the control's "
         "conversion rate in the most recent experiment of the period and d = 0.05."),
     kExperimentData},
    {"ab_win_rate", QT_TRANSLATE_NOOP("PviText", "A/B test win rate"), U::Percent,
     D::HigherIsBetter, F::Experiments, kHasSeries,
     QT_TRANSLATE_NOOP("PviText",
                       "The share of your concluded A/B tests where the personalized variation won "
                       "significantly. It tells whether your personalization ideas pay off in "
                       "general, with the p-values corrected for running many tests."),
     QT_TRANSLATE_NOOP("PviText", "Concluded tests (treatment arm vs control, ended by the "
                                  "period's end) with a Holm-adjusted p-value below 0.05 and a "
                                  "positive lift, divided by all concluded tests, times 100."),
     kExperimentData},
};

GroupValue ratePercent(const ProportionSummary& s) {
    if (s.n <= 0)
        return {std::nullopt, s.n};
    return {s.rate() * 100.0, s.n};
}

/// The value of one per-test PVI for one comparison, or empty with the reason.
std::optional<double> comparisonValue(const QString& id, const RateComparison& rates) {
    if (id == QLatin1String("ab_lift"))
        return rates.liftPercent.estimate;
    if (id == QLatin1String("ab_p_value"))
        return rates.pValue;
    if (id == QLatin1String("ab_probability_to_beat")) {
        if (!rates.probabilityToBeat.value)
            return std::nullopt;
        return *rates.probabilityToBeat.value * 100.0;
    }
    if (id == QLatin1String("ab_sample_ratio_mismatch"))
        return rates.srm.test.pValue;
    return std::nullopt;
}

PviResult perTestPvi(const ExperimentAnalysis& analysis, const QString& id) {
    if (analysis.comparisons.empty())
        return unavailable(id, QStringLiteral("experiment '%1' has no comparison: %2")
                                   .arg(analysis.name, analysis.reasons.join(u"; ")));
    const ArmComparison& first = analysis.comparisons.front();
    if (id == QLatin1String("ab_required_sample")) {
        PviResult r = requiredSamplePvi(first.rates.control.rate(), kAbRequiredSampleMde);
        r.id = id;
        if (r.available)
            r.reason = QStringLiteral("experiment '%1'").arg(analysis.name);
        return r;
    }
    PviResult r;
    r.id = id;
    for (const ArmComparison& c : analysis.comparisons) {
        SegmentValue row;
        row.id = c.treatmentArm;
        row.name =
            QStringLiteral("%1: %2 vs %3").arg(analysis.name, c.treatmentArm, analysis.controlArm);
        row.value = comparisonValue(id, c.rates);
        row.n = c.rates.control.n + c.rates.treatment.n;
        row.personalized = ratePercent(c.rates.treatment);
        row.control = ratePercent(c.rates.control);
        r.segments.push_back(row);
    }
    r.value = comparisonValue(id, first.rates);
    r.n = first.rates.control.n + first.rates.treatment.n;
    r.personalized = ratePercent(first.rates.treatment);
    r.control = ratePercent(first.rates.control);
    r.liftPercent = first.rates.liftPercent.estimate;
    if (first.rates.liftPercent.defined())
        r.liftCi95 = std::make_pair(*first.rates.liftPercent.low, *first.rates.liftPercent.high);
    r.pValue = first.rates.pValue;
    r.available = r.value.has_value();
    r.reason = r.available ? QStringLiteral("experiment '%1', arm '%2' vs '%3'")
                                 .arg(analysis.name, first.treatmentArm, analysis.controlArm)
                           : QStringLiteral("experiment '%1': %2")
                                 .arg(analysis.name, first.rates.reasons.join(u"; "));
    return r;
}

PviResult winRatePvi(const std::vector<ExperimentAnalysis>& analyses, const Period& period) {
    const QString id = QStringLiteral("ab_win_rate");
    const PortfolioAnalysis portfolio = analyzePortfolio(analyses, period.to);
    const WinRate& win = portfolio.winRateHolm;
    PviResult r;
    r.id = id;
    r.n = win.concluded;
    if (win.value)
        r.value = *win.value * 100.0;
    r.available = r.value.has_value();
    if (!r.available)
        r.reason =
            win.reasons.isEmpty()
                ? QCoreApplication::translate("pvi::PviReason", "no A/B test concluded by %1")
                      .arg(period.to.toString(Qt::ISODate))
                : win.reasons.join(u"; ");
    return r;
}

} // namespace

std::span<const PviRow> experimentPviRows() {
    return kExperimentRows;
}

bool isExperimentPvi(const QString& id) {
    return std::any_of(std::begin(kExperimentRows), std::end(kExperimentRows),
                       [&](const PviRow& row) { return id == QLatin1String(row.id); });
}

QString noExperimentsReason() {
    return QStringLiteral("import an experiment (pvi abtest WS.pvi --import FILE.csv) to see this");
}

std::vector<ExperimentAnalysis> analyzeExperiments(const std::vector<Experiment>& experiments) {
    std::vector<ExperimentAnalysis> analyses;
    analyses.reserve(experiments.size());
    for (const Experiment& e : experiments)
        analyses.push_back(analyzeExperiment(e));
    return analyses;
}

const ExperimentAnalysis* latestExperimentIn(const std::vector<ExperimentAnalysis>& experiments,
                                             const Period& period) {
    const ExperimentAnalysis* latest = nullptr;
    for (const ExperimentAnalysis& e : experiments) {
        const bool started = !e.startedOn.isValid() || e.startedOn <= period.to;
        const bool stillRunning = !e.endedOn.isValid() || e.endedOn >= period.from;
        if (!started || !stillRunning)
            continue;
        if (latest == nullptr || (e.startedOn.isValid() && (!latest->startedOn.isValid() ||
                                                            e.startedOn > latest->startedOn)))
            latest = &e;
    }
    return latest;
}

PviResult requiredSamplePvi(double baseline, double mdeAbsolute) {
    PviResult r;
    r.id = QStringLiteral("ab_required_sample");
    const SamplePlan plan = requiredSamplePerArm(baseline, mdeAbsolute);
    if (!plan.perArm) {
        r.reason = plan.reasons.join(u"; ");
        return r;
    }
    r.value = static_cast<double>(*plan.perArm);
    r.available = true;
    return r;
}

PviResult computeExperimentPvi(const std::vector<ExperimentAnalysis>& experiments,
                               const QString& id, const Period& period) {
    if (!isExperimentPvi(id))
        return unavailable(id, QStringLiteral("unknown PVI '%1'").arg(id));
    if (experiments.empty())
        return unavailable(id, noExperimentsReason());
    if (id == QLatin1String("ab_win_rate"))
        return winRatePvi(experiments, period);
    const ExperimentAnalysis* experiment = latestExperimentIn(experiments, period);
    if (experiment == nullptr)
        return unavailable(
            id, QStringLiteral("no A/B test ran between %1 and %2")
                    .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)));
    return perTestPvi(*experiment, id);
}

} // namespace pvi
