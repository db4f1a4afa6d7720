#include "pages/experiment_summary.h"

#include "stats/sample_size_planner.h"
#include "widgets/value_format.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

QString signedPercent(double value) {
    const QString number = withPercentSign(displayLocale().toString(std::abs(value), 'f', 1));
    if (std::abs(value) < 0.05)
        return u"0.0%"_s;
    return (value > 0 ? u"+"_s : u"−"_s) + number;
}

} // namespace

VerdictChip verdictChip(const RateComparison& rates, double alpha) {
    if (rates.srm.mismatch)
        return VerdictChip::BrokenSplit;
    if (rates.pValue && *rates.pValue < alpha && rates.liftPercent.estimate) {
        if (*rates.liftPercent.estimate > 0)
            return VerdictChip::Won;
        if (*rates.liftPercent.estimate < 0)
            return VerdictChip::Lost;
    }
    return VerdictChip::Inconclusive;
}

VerdictChip verdictChip(const ExperimentAnalysis& analysis, double alpha) {
    bool won = false;
    bool lost = false;
    for (const ArmComparison& c : analysis.comparisons) {
        switch (verdictChip(c.rates, alpha)) {
        case VerdictChip::BrokenSplit:
            return VerdictChip::BrokenSplit;
        case VerdictChip::Won:
            won = true;
            break;
        case VerdictChip::Lost:
            lost = true;
            break;
        case VerdictChip::Inconclusive:
        case VerdictChip::Running:
        case VerdictChip::MayStop:
            break;
        }
    }
    return won ? VerdictChip::Won : lost ? VerdictChip::Lost : VerdictChip::Inconclusive;
}

VerdictChip verdictChip(const ExperimentAnalysis& analysis, const QDate& asOf, double alpha) {
    const VerdictChip fixed = verdictChip(analysis, alpha);
    const bool running = !analysis.endedOn.isValid() || analysis.endedOn > asOf;
    if (!running || fixed == VerdictChip::BrokenSplit)
        return fixed;
    const bool established =
        std::any_of(analysis.comparisons.begin(), analysis.comparisons.end(),
                    [](const ArmComparison& c) { return c.sequential.mayStop; });
    return established ? VerdictChip::MayStop : VerdictChip::Running;
}

QString verdictChipText(VerdictChip chip) {
    switch (chip) {
    case VerdictChip::Won:
        return QCoreApplication::translate("ExperimentSummary", "won");
    case VerdictChip::Lost:
        return QCoreApplication::translate("ExperimentSummary", "lost");
    case VerdictChip::BrokenSplit:
        return QCoreApplication::translate("ExperimentSummary", "broken split");
    case VerdictChip::Running:
        return QCoreApplication::translate("ExperimentSummary", "running");
    case VerdictChip::MayStop:
        return QCoreApplication::translate("ExperimentSummary", "may stop");
    case VerdictChip::Inconclusive:
        break;
    }
    return QCoreApplication::translate("ExperimentSummary", "inconclusive");
}

QString liftText(const Interval& lift) {
    if (!lift.estimate)
        return QCoreApplication::translate("ExperimentSummary", "Lift not defined: %1")
            .arg(lift.reasons.join(u"; "_s));
    QString text = signedPercent(*lift.estimate);
    if (lift.defined())
        text += QCoreApplication::translate("ExperimentSummary", " (95% CI %1 to %2)")
                    .arg(signedPercent(*lift.low), signedPercent(*lift.high));
    return text;
}

QString rateText(const ProportionSummary& arm, const Interval& wilson) {
    const QLocale en = displayLocale();
    QString text = withPercentSign(en.toString(arm.rate() * 100.0, 'f', 2));
    if (wilson.defined())
        text += QCoreApplication::translate("ExperimentSummary", " (95% CI %1% to %2%)")
                    .arg(en.toString(*wilson.low * 100.0, 'f', 2),
                         en.toString(*wilson.high * 100.0, 'f', 2));
    return text;
}

QString plannerText(const Experiment& experiment, const ArmComparison& comparison,
                    const QDate& asOf) {
    const QLocale en = displayLocale();
    const RateComparison& r = comparison.rates;
    const double baseline = r.control.rate();
    const double gap = r.treatment.rate() - baseline;
    if (r.control.n == 0 || r.treatment.n == 0)
        return QCoreApplication::translate("ExperimentSummary",
                                           "Planner: an arm has no visitors yet.");
    if (gap == 0.0)
        return QCoreApplication::translate(
            "ExperimentSummary",
            "Planner: the arms convert at the same rate, so no sample size would tell them apart; "
            "decide on the smallest gap worth detecting first.");
    const SamplePlan plan = requiredSamplePerArm(baseline, gap);
    if (!plan.perArm)
        return QCoreApplication::translate("ExperimentSummary", "Planner: %1")
            .arg(plan.reasons.join(u"; "_s));
    const std::int64_t smallest = std::min(r.control.n, r.treatment.n);
    const std::int64_t more = std::max<std::int64_t>(0, *plan.perArm - smallest);
    const QString gapText = en.toString(std::abs(gap) * 100.0, 'f', 2);
    if (more == 0)
        return QCoreApplication::translate(
                   "ExperimentSummary",
                   "Planner: confirming a %1-point gap needs %2 visitors per arm at 80% power; "
                   "this test already has %3 in its smaller arm.")
            .arg(gapText, en.toString(qlonglong(*plan.perArm)), en.toString(qlonglong(smallest)));
    if (r.pValue && *r.pValue < 0.05)
        return QCoreApplication::translate(
                   "ExperimentSummary",
                   "Planner: the gap is significant already, but a test planned to find a %1-point "
                   "gap with 80% power needs %2 visitors per arm and this one has %3: significant "
                   "results of under-powered tests tend to overstate the lift, so expect less once "
                   "it is rolled out.")
            .arg(gapText, en.toString(qlonglong(*plan.perArm)), en.toString(qlonglong(smallest)));
    QString text =
        QCoreApplication::translate(
            "ExperimentSummary",
            "Planner: with your traffic this test needs %1 more visitors per arm to confirm a "
            "%2-point gap (%3 per arm at 80% power, α = 0.05)")
            .arg(en.toString(qlonglong(more)), gapText, en.toString(qlonglong(*plan.perArm)));
    if (!experiment.startedOn.isValid())
        return text + QCoreApplication::translate(
                          "ExperimentSummary",
                          "; the experiment has no start date, so the weeks cannot be estimated.");
    const QDate last = experiment.endedOn.isValid() ? experiment.endedOn : asOf;
    const qint64 days = experiment.startedOn.daysTo(last) + 1;
    if (days <= 0)
        return text + QCoreApplication::translate(
                          "ExperimentSummary",
                          "; its start date is after %1, so the weeks cannot be estimated.")
                          .arg(last.toString(Qt::ISODate));
    const double perArmPerWeek = double(smallest) / double(days) * 7.0;
    const double weeks = double(more) / perArmPerWeek;
    return text +
           QCoreApplication::translate(
               "ExperimentSummary",
               ", about %1 weeks at its %2 visitors per arm per week (%3 days from %4 to %5%6).")
               .arg(en.toString(weeks, 'f', weeks < 10 ? 1 : 0), en.toString(perArmPerWeek, 'f', 0),
                    en.toString(days), experiment.startedOn.toString(Qt::ISODate),
                    last.toString(Qt::ISODate),
                    experiment.endedOn.isValid()
                        ? QString()
                        : QCoreApplication::translate("ExperimentSummary", ", still running"));
}

QString sequentialText(const Experiment& experiment, const ArmComparison& comparison,
                       const QDate& asOf) {
    const QLocale en = displayLocale();
    const AlwaysValidResult& s = comparison.sequential;
    const bool running = !experiment.concludedBy(asOf);
    if (!s.differenceSequence.defined())
        return QCoreApplication::translate("ExperimentSummary",
                                           "Always-valid result not defined: %1.")
            .arg(s.reasons.join(u"; "_s));
    const auto points = [&](double v) {
        return (v >= 0 ? u"+"_s : u"−"_s) + en.toString(std::abs(v) * 100.0, 'f', 2);
    };
    const QString interval =
        QCoreApplication::translate("ExperimentSummary", "%1 to %2 points")
            .arg(points(*s.differenceSequence.low), points(*s.differenceSequence.high));
    const QString pText = *s.pValue < 0.0001 ? u"< 0.0001"_s : en.toString(*s.pValue, 'f', 4);
    if (!running)
        return QCoreApplication::translate(
                   "ExperimentSummary",
                   "Concluded, so the fixed-horizon result above applies. For reference, the "
                   "always-valid 95% interval of the difference (valid had it been checked every "
                   "day): %1 (always-valid p %2).")
            .arg(interval, pText);
    QString text =
        s.mayStop
            ? QCoreApplication::translate("ExperimentSummary",
                                          "Safe to stop now: the always-valid 95% interval of the "
                                          "difference, %1, excludes 0 (always-valid p %2).")
                  .arg(interval, pText)
            : QCoreApplication::translate("ExperimentSummary",
                                          "Keep it running: the always-valid 95% interval of the "
                                          "difference, %1, still includes 0 (always-valid p %2).")
                  .arg(interval, pText);
    return text + (comparison.rates.pValue
                       ? QCoreApplication::translate(
                             "ExperimentSummary",
                             " This test is still running, so its fixed-horizon p-value (%1) is "
                             "not valid for peeking: checking it every day finds false winners.")
                             .arg(en.toString(*comparison.rates.pValue, 'f', 4))
                       : QCoreApplication::translate(
                             "ExperimentSummary",
                             " This test is still running, so its fixed-horizon p-value is not "
                             "valid for peeking: checking it every day finds false winners."));
}

QString cupedText(const ExperimentCuped& cuped, const ExperimentCuped::Arm& arm) {
    const QLocale en = displayLocale();
    const CupedResult& r = arm.result;
    if (!r.adjusted.defined())
        return QCoreApplication::translate("ExperimentSummary", "CUPED: %1.")
            .arg(r.reasons.join(u"; "_s));
    const auto money = [&](double v) {
        return (v >= 0 ? u"+"_s : u"−"_s) + en.toString(std::abs(v), 'f', 2);
    };
    const auto interval = [&](const Interval& i) {
        return QCoreApplication::translate("ExperimentSummary", "%1 (95% CI %2 to %3)")
            .arg(money(*i.estimate), money(*i.low), money(*i.high));
    };
    return QCoreApplication::translate(
               "ExperimentSummary",
               "Revenue per visitor, difference: plain %1; adjusted with each customer's revenue "
               "in the %2 days before the test (CUPED, θ = %3) %4: variance %5% lower, on %6 of %7 "
               "visitors who are customers.")
        .arg(interval(r.plain))
        .arg(cuped.preDays)
        .arg(en.toString(*r.theta, 'f', 3), interval(r.adjusted),
             en.toString(*r.varianceReduction * 100.0, 'f', 1))
        .arg(cuped.customerUnits)
        .arg(cuped.units);
}

} // namespace pvi
