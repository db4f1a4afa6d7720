// pvi abtest: compare two arms of a conversion test (frequentist tests, intervals, probability to
// beat, sample-ratio check, verdict) or plan a test's sample size. See docs/cli-abtest.md.
#include "cli/abtest_json.h"
#include "cli/abtest_workspace.h"
#include "cli/command.h"
#include "stats/rate_comparison.h"
#include "stats/sample_size_planner.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

struct AbtestArgs {
    std::optional<ProportionSummary> control;
    std::optional<ProportionSummary> treatment;
    double plannedSplit = 0.5;
    bool json = false;
    bool plan = false;
    bool planFromTraffic = false;
    std::optional<PlanMetric> metric;
    std::optional<double> split; ///< the control's share for --plan-from-traffic
    std::optional<double> baseline;
    std::optional<double> mde;
    std::optional<double> relativeMde;
    std::optional<double> visitors; ///< per arm, for the detectable effect
    double power = 0.8;
    double alpha = 0.05;
    QString workspacePath;
    QString experiment;
    QString importPath;
    QDate asOf;
};

std::optional<ProportionSummary> parseArm(const QString& text) {
    static const QRegularExpression pattern(u"^(\\d+):(\\d+)$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool okN = false, okX = false;
    const ProportionSummary arm{match.captured(1).toLongLong(&okN),
                                match.captured(2).toLongLong(&okX)};
    if (!okN || !okX || arm.conversions > arm.n)
        return std::nullopt;
    return arm;
}

/// Parses the arguments; returns an error message or nothing.
std::optional<QString> parseArgs(const QStringList& args, AbtestArgs& out) {
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool hasValue = i + 1 < args.size();
        auto number = [&](std::optional<double>& target, double low, double high,
                          bool inclusiveLow) -> std::optional<QString> {
            bool ok = false;
            const double v = hasValue ? args[i + 1].toDouble(&ok) : 0.0;
            if (!ok || !(inclusiveLow ? v >= low : v > low) || !(v < high))
                return u"%1 needs a number in %2%3, %4)"_s.arg(a, inclusiveLow ? u"["_s : u"("_s)
                    .arg(low)
                    .arg(high);
            target = v;
            ++i;
            return std::nullopt;
        };
        std::optional<QString> error;
        std::optional<double> value;
        if (a == u"--json") {
            out.json = true;
        } else if (a == u"--plan") {
            out.plan = true;
        } else if (a == u"--plan-from-traffic") {
            out.planFromTraffic = true;
        } else if (a == u"--metric") {
            out.metric = hasValue ? planMetricFromId(args[i + 1]) : std::nullopt;
            if (!out.metric)
                return u"--metric needs conversion, orders or email"_s;
            ++i;
        } else if (a == u"--split") {
            error = number(out.split, 0.0, 1.0, false);
        } else if (a == u"--control" || a == u"--treatment") {
            const auto arm = hasValue ? parseArm(args[i + 1]) : std::nullopt;
            if (!arm)
                return u"%1 needs VISITORS:CONVERSIONS with 0 <= conversions <= visitors"_s.arg(a);
            (a == u"--control" ? out.control : out.treatment) = arm;
            ++i;
        } else if (a == u"--planned-split") {
            error = number(value, 0.0, 1.0, false);
            out.plannedSplit = value.value_or(0.5);
        } else if (a == u"--baseline") {
            error = number(out.baseline, 0.0, 1.0, false);
        } else if (a == u"--mde") {
            error = number(out.mde, -1.0, 1.0, false);
        } else if (a == u"--relative-mde") {
            error = number(out.relativeMde, -1.0, 1e9, false);
        } else if (a == u"--visitors") {
            error = number(out.visitors, 0.0, 1e15, false);
        } else if (a == u"--power") {
            error = number(value, 0.0, 1.0, false);
            out.power = value.value_or(out.power);
        } else if (a == u"--alpha") {
            error = number(value, 0.0, 1.0, false);
            out.alpha = value.value_or(out.alpha);
        } else if (a == u"--experiment" && hasValue) {
            out.experiment = args[++i];
        } else if (a == u"--import" && hasValue) {
            out.importPath = args[++i];
        } else if (a == u"--as-of" && hasValue) {
            out.asOf = QDate::fromString(args[++i], Qt::ISODate);
            if (!out.asOf.isValid())
                error = u"--as-of needs a date YYYY-MM-DD, not '%1'"_s.arg(args[i]);
        } else if (!a.startsWith(u"--") && out.workspacePath.isEmpty()) {
            out.workspacePath = a;
        } else {
            error = u"unexpected argument '%1'"_s.arg(a);
        }
        if (error)
            return error;
    }
    if (out.planFromTraffic) {
        if (out.workspacePath.isEmpty() || !out.relativeMde)
            return u"--plan-from-traffic needs a workspace WS.pvi and --relative-mde REL"_s;
        if (out.plan || out.control || out.treatment || out.baseline || out.mde || out.visitors ||
            !out.experiment.isEmpty() || !out.importPath.isEmpty())
            return u"--plan-from-traffic takes only --metric, --relative-mde, --split, --power, "
                   "--alpha, --as-of and --json"_s;
        return std::nullopt;
    }
    if (out.metric || out.split)
        return u"--metric and --split go with --plan-from-traffic"_s;
    if (out.plan) {
        if (!out.baseline)
            return u"--plan needs --baseline RATE"_s;
        if (int(out.mde.has_value()) + int(out.relativeMde.has_value()) +
                int(out.visitors.has_value()) !=
            1)
            return u"--plan needs exactly one of --mde ABS, --relative-mde REL or --visitors N"_s;
        if (out.control || out.treatment || !out.workspacePath.isEmpty())
            return u"--plan does not take arms or a workspace"_s;
        return std::nullopt;
    }
    if (!out.workspacePath.isEmpty()) {
        if (out.control || out.treatment)
            return u"give either a workspace or --control/--treatment, not both"_s;
        return std::nullopt;
    }
    if (!out.experiment.isEmpty() || !out.importPath.isEmpty() || out.asOf.isValid())
        return u"--experiment, --import and --as-of need a workspace WS.pvi"_s;
    if (!out.control || !out.treatment)
        return u"give --control VISITORS:CONVERSIONS and --treatment VISITORS:CONVERSIONS"_s;
    return std::nullopt;
}

QString pct(const std::optional<double>& rate, int decimals = 2) {
    return rate ? QString::number(*rate * 100.0, 'f', decimals) + u"%"_s : u"n/a"_s;
}

QString range(const Interval& i, double scale, const QString& unit) {
    if (!i.defined())
        return u"n/a"_s;
    return u"%1%3 to %2%3"_s.arg(QString::number(*i.low * scale, 'f', 2),
                                 QString::number(*i.high * scale, 'f', 2), unit);
}

QString pText(const std::optional<double>& p) {
    return p ? QString::number(*p, 'g', 4) : u"n/a"_s;
}

void printText(const RateComparison& c, QTextStream& out) {
    const auto arm = [&](const char* name, const ProportionSummary& s, const Interval& w) {
        out << name << s.conversions << " / " << s.n << " = "
            << pct(s.n > 0 ? std::optional<double>(s.rate()) : std::nullopt) << "  (95% Wilson "
            << range(w, 100.0, u"%"_s) << ")\n";
    };
    arm("Control:    ", c.control, c.controlWilson);
    arm("Treatment:  ", c.treatment, c.treatmentWilson);
    out << "Lift:       "
        << (c.liftPercent.estimate ? QString::number(*c.liftPercent.estimate, 'f', 2) + u"%"_s
                                   : u"n/a"_s)
        << "  (95% Katz " << range(c.liftPercent, 1.0, u"%"_s) << ")\n";
    out << "Difference: "
        << (c.difference.estimate
                ? QString::number(*c.difference.estimate * 100.0, 'f', 2) + u" points"_s
                : u"n/a"_s)
        << "  (95% Newcombe " << range(c.difference, 100.0, u""_s) << " points)\n";
    out << "p-value:    " << pText(c.pValue)
        << (c.pValue ? (c.pValueFromFisher ? u" (Fisher's exact test)"_s : u" (z-test)"_s) : u""_s)
        << "\n";
    out << "  z-test p " << pText(c.z.pValue) << ", chi-square p " << pText(c.chiSquare.pValue)
        << ", with Yates p " << pText(c.chiSquareYates.pValue) << ", Fisher p "
        << pText(c.fisherExact.pValue) << "\n";
    out << "Probability treatment beats control: " << pct(c.probabilityToBeat.value, 1) << "\n";
    out << "Sample ratio check: p " << pText(c.srm.test.pValue)
        << (c.srm.mismatch ? u"  MISMATCH: the split is not as planned"_s : u""_s) << "\n";
    out << "\n" << c.verdict << "\n";
    if (!c.reasons.isEmpty())
        out << "\nUndefined values:\n  " << c.reasons.join(u"\n  "_s) << "\n";
}

/// The effect a test with `a.visitors` per arm can detect (the planner run backwards).
int runDetectable(const AbtestArgs& a, Io& io) {
    const DetectableEffect effect = detectableEffect(*a.baseline, *a.visitors, a.power, a.alpha);
    if (!effect.mdeAbsolute) {
        io.err << "pvi abtest: " << effect.reasons.join(u"; "_s) << "\n";
        return 2;
    }
    if (a.json) {
        const QJsonObject out{{u"baseline"_s, *a.baseline},
                              {u"visitors_per_arm"_s, *a.visitors},
                              {u"detectable_mde_absolute"_s, *effect.mdeAbsolute},
                              {u"detectable_mde_relative"_s, *effect.mdeRelative},
                              {u"power"_s, a.power},
                              {u"alpha"_s, a.alpha}};
        io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    } else {
        io.out << "With " << *a.visitors << " visitors per arm and a " << pct(*a.baseline)
               << " baseline, the test detects a change of "
               << QString::number(*effect.mdeAbsolute * 100.0, 'f', 2) << " points ("
               << QString::number(*effect.mdeRelative * 100.0, 'f', 1) << "% relative) with power "
               << a.power << " at alpha " << a.alpha << "\n";
    }
    return 0;
}

int runPlan(const AbtestArgs& a, Io& io) {
    if (a.visitors)
        return runDetectable(a, io);
    const SamplePlan plan =
        a.mde ? requiredSamplePerArm(*a.baseline, *a.mde, a.power, a.alpha)
              : requiredSamplePerArmRelative(*a.baseline, *a.relativeMde, a.power, a.alpha);
    if (!plan.perArm) {
        io.err << "pvi abtest: " << plan.reasons.join(u"; "_s) << "\n";
        return 2;
    }
    if (a.json) {
        io.out << QJsonDocument(samplePlanJson(plan)).toJson(QJsonDocument::Indented);
    } else {
        io.out << "Visitors needed per arm: " << *plan.perArm << "\n"
               << "  baseline " << pct(plan.baseline) << ", detect a change of "
               << QString::number(plan.mdeAbsolute * 100.0, 'f', 2) << " points ("
               << QString::number(plan.mdeAbsolute / plan.baseline * 100.0, 'f', 1)
               << "% relative), power " << plan.power << ", alpha " << plan.alpha
               << " two-sided (Evan Miller's formula)\n";
    }
    return 0;
}

int run(const QStringList& args, Io& io) {
    AbtestArgs a;
    if (const auto error = parseArgs(args, a)) {
        io.err << "pvi abtest: " << *error << "\n";
        return 2;
    }
    if (a.plan)
        return runPlan(a, io);
    const QDate asOf = a.asOf.isValid() ? a.asOf : QDate::currentDate();
    if (a.planFromTraffic) {
        return runTrafficPlan({a.workspacePath, a.metric.value_or(PlanMetric::Conversion),
                               *a.relativeMde, a.split.value_or(0.5), a.power, a.alpha, asOf,
                               a.json},
                              io);
    }
    if (!a.workspacePath.isEmpty()) {
        // The command line is where "today" is read: the model takes the date as an argument.
        return runWorkspaceAbtest({a.workspacePath, a.experiment, a.importPath, asOf, a.json}, io);
    }
    const RateComparison c = compareRates(*a.control, *a.treatment, a.plannedSplit);
    if (a.json)
        io.out
            << QJsonDocument(rateComparisonJson(c, a.plannedSplit)).toJson(QJsonDocument::Indented);
    else
        printText(c, io.out);
    return 0;
}

const CommandRegistration registration{
    {"abtest",
     "abtest --control VISITORS:CONVERSIONS --treatment VISITORS:CONVERSIONS "
     "[--planned-split 0.5] [--json] | abtest --plan --baseline RATE (--mde ABS | --relative-mde "
     "REL | --visitors N) [--power 0.8] [--alpha 0.05] [--json] | abtest WS.pvi [--import "
     "FILE.csv] "
     "[--experiment NAME] [--as-of YYYY-MM-DD] [--json] | abtest WS.pvi --plan-from-traffic "
     "[--metric conversion|orders|email] --relative-mde REL [--split 0.5] [--power 0.8] "
     "[--alpha 0.05] [--as-of YYYY-MM-DD] [--json]",
     &run}};

} // namespace
} // namespace pvi::cli
