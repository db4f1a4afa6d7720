#include "cli/abtest_workspace.h"

#include "analytics/experiments/experiment_analysis.h"
#include "analytics/experiments/experiment_cuped.h"
#include "analytics/experiments/experiment_store.h"
#include "cli/abtest_json.h"
#include "importers/experiment_csv_importer.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

QJsonObject revenueJson(const ArmComparison& c, const ExperimentArm& control,
                        const ExperimentArm& treatment) {
    QStringList reasons;
    for (const QString& r : c.revenueWelch.reasons)
        reasons << u"welch: "_s + r;
    for (const QString& r : c.revenueLiftPercent.reasons)
        reasons << u"lift: "_s + r;
    for (const QString& r : c.revenueMannWhitney.reasons)
        reasons << u"mann_whitney: "_s + r;
    const auto mean = [](const MeanSummary& s) {
        return s.n > 0 ? std::optional<double>(s.mean()) : std::nullopt;
    };
    return {
        {u"control_mean"_s, jsonNumber(mean(control.revenue))},
        {u"treatment_mean"_s, jsonNumber(mean(treatment.revenue))},
        {u"difference"_s, jsonNumber(c.revenueWelch.difference)},
        {u"difference_ci_95"_s, jsonInterval(c.revenueWelch.ciLow, c.revenueWelch.ciHigh)},
        {u"welch"_s, QJsonObject{{u"statistic"_s, jsonNumber(c.revenueWelch.statistic)},
                                 {u"df"_s, jsonNumber(c.revenueWelch.degreesOfFreedom)},
                                 {u"p_value"_s, jsonNumber(c.revenueWelch.pValue)}}},
        {u"lift_percent"_s, jsonNumber(c.revenueLiftPercent.estimate)},
        {u"lift_ci_95_percent"_s,
         jsonInterval(c.revenueLiftPercent.low, c.revenueLiftPercent.high)},
        {u"mann_whitney"_s,
         QJsonObject{{u"statistic"_s, jsonNumber(c.revenueMannWhitney.statistic)},
                     {u"p_value"_s, jsonNumber(c.revenueMannWhitney.pValue)}}},
        {u"reasons"_s, QJsonArray::fromStringList(reasons)},
    };
}

const ExperimentArm* findArm(const Experiment& e, const QString& name) {
    for (const auto& arm : e.arms) {
        if (arm.name == name)
            return &arm;
    }
    return nullptr;
}

QJsonObject winRateJson(const WinRate& w) {
    return {{u"value"_s, jsonNumber(w.value)},
            {u"wins"_s, w.wins},
            {u"concluded"_s, w.concluded},
            {u"reasons"_s, QJsonArray::fromStringList(w.reasons)}};
}

QJsonObject portfolioJson(const PortfolioAnalysis& p) {
    QJsonArray tests;
    for (const auto& t : p.tests) {
        tests.append(QJsonObject{
            {u"experiment"_s, t.experiment},
            {u"treatment_arm"_s, t.treatmentArm},
            {u"p_value"_s, t.pValue},
            {u"lift_percent"_s, t.liftPercent},
            {u"shrunk_lift_percent"_s, jsonNumber(t.shrunkLiftPercent)},
            {u"shrunk_lift_ci_95_percent"_s, jsonInterval(t.shrunkLowPercent, t.shrunkHighPercent)},
            {u"probability_positive"_s, jsonNumber(t.probabilityPositive)},
            {u"p_holm"_s, t.holm},
            {u"p_benjamini_hochberg"_s, t.benjaminiHochberg}});
    }
    const PortfolioShrinkage& s = p.shrinkage;
    const QJsonObject shrinkage{
        {u"tests"_s, p.shrunkTests},
        {u"raw_wins"_s, p.rawWins},
        {u"shrunk_wins"_s, p.shrunkWins},
        {u"winners_shrinkage"_s, jsonNumber(p.winnersShrinkage)},
        {u"sentence"_s, shrinkageSentence(p)},
        {u"overall_log_ratio"_s, jsonNumber(s.overallLogRatio.estimate)},
        {u"overall_log_ratio_ci_95"_s, jsonInterval(s.overallLogRatio.low, s.overallLogRatio.high)},
        {u"tau_mode"_s, jsonNumber(s.tauMode)},
        {u"tau_mean"_s, jsonNumber(s.tauMean)},
        {u"tau_dersimonian_laird"_s, jsonNumber(s.tauDerSimonianLaird)},
        {u"raw_total_gain"_s, jsonNumber(s.rawTotalGain)},
        {u"total_gain"_s, jsonNumber(s.totalGain.estimate)},
        {u"total_gain_ci_95"_s, jsonInterval(s.totalGain.low, s.totalGain.high)},
        {u"reasons"_s, QJsonArray::fromStringList(s.reasons)}};
    return {{u"tests"_s, tests},
            {u"win_rate_holm"_s, winRateJson(p.winRateHolm)},
            {u"win_rate_benjamini_hochberg"_s, winRateJson(p.winRateBenjaminiHochberg)},
            {u"shrinkage"_s, shrinkage}};
}

QJsonObject alwaysValidJson(const AlwaysValidResult& r, bool running) {
    return {{u"running"_s, running},
            {u"difference"_s, jsonNumber(r.difference)},
            {u"ci_95"_s, jsonInterval(r.differenceSequence.low, r.differenceSequence.high)},
            {u"p_value"_s, jsonNumber(r.pValue)},
            {u"likelihood_ratio"_s, jsonNumber(r.likelihoodRatio)},
            {u"may_stop"_s, r.mayStop},
            {u"tau_relative"_s, r.tauRelative},
            {u"alpha"_s, r.alpha},
            {u"reasons"_s, QJsonArray::fromStringList(r.reasons)}};
}

QJsonObject cupedArmJson(const CupedResult& r) {
    return {{u"plain_difference"_s, jsonNumber(r.plain.estimate)},
            {u"plain_ci_95"_s, jsonInterval(r.plain.low, r.plain.high)},
            {u"plain_standard_error"_s, jsonNumber(r.plainStandardError)},
            {u"adjusted_difference"_s, jsonNumber(r.adjusted.estimate)},
            {u"adjusted_ci_95"_s, jsonInterval(r.adjusted.low, r.adjusted.high)},
            {u"adjusted_standard_error"_s, jsonNumber(r.adjustedStandardError)},
            {u"theta"_s, jsonNumber(r.theta)},
            {u"correlation"_s, jsonNumber(r.correlation)},
            {u"variance_reduction"_s, jsonNumber(r.varianceReduction)},
            {u"reasons"_s, QJsonArray::fromStringList(r.reasons)}};
}

QJsonObject cupedJson(const ExperimentCuped& c) {
    QJsonObject arms;
    for (const ExperimentCuped::Arm& arm : c.arms)
        arms.insert(arm.treatmentArm, cupedArmJson(arm.result));
    return {
        {u"pre_days"_s, c.preDays},
        {u"pre_from"_s,
         c.preFrom.isValid() ? QJsonValue(c.preFrom.toString(Qt::ISODate)) : QJsonValue()},
        {u"pre_to"_s, c.preTo.isValid() ? QJsonValue(c.preTo.toString(Qt::ISODate)) : QJsonValue()},
        {u"visitors"_s, static_cast<qint64>(c.units)},
        {u"customer_visitors"_s, static_cast<qint64>(c.customerUnits)},
        {u"arms"_s, arms},
        {u"reasons"_s, QJsonArray::fromStringList(c.reasons)}};
}

QString interval(const Interval& i, double scale, int decimals) {
    return i.defined() ? u"%1 to %2"_s.arg(QString::number(*i.low * scale, 'f', decimals),
                                           QString::number(*i.high * scale, 'f', decimals))
                       : u"n/a"_s;
}

void printText(const std::vector<Experiment>& experiments,
               const std::vector<ExperimentAnalysis>& analyses,
               const std::vector<ExperimentCuped>& cuped, const PortfolioAnalysis& portfolio,
               const QDate& asOf, QTextStream& out) {
    for (std::size_t i = 0; i < analyses.size(); ++i) {
        const auto& a = analyses[i];
        out << "Experiment " << a.name
            << (a.endedOn.isValid() ? u" (ended "_s + a.endedOn.toString(Qt::ISODate) + u")"_s
                                    : u""_s)
            << "\n";
        for (const QString& r : a.reasons)
            out << "  " << r << "\n";
        for (const auto& c : a.comparisons) {
            const auto& r = c.rates;
            out << "  " << c.treatmentArm << " vs " << a.controlArm << ": "
                << r.treatment.conversions << "/" << r.treatment.n << " vs "
                << r.control.conversions << "/" << r.control.n << ", p "
                << (r.pValue ? QString::number(*r.pValue, 'g', 4) : u"n/a"_s) << "\n    "
                << r.verdict << "\n";
            const ExperimentArm* t = findArm(experiments[i], c.treatmentArm);
            const ExperimentArm* ctl = experiments[i].control();
            if (t && ctl && c.revenueWelch.difference) {
                out << "    Revenue per visitor: " << QString::number(t->revenue.mean(), 'f', 2)
                    << " vs " << QString::number(ctl->revenue.mean(), 'f', 2) << ", Welch p "
                    << (c.revenueWelch.pValue ? QString::number(*c.revenueWelch.pValue, 'g', 4)
                                              : u"n/a"_s)
                    << "\n";
            }
            const AlwaysValidResult& s = c.sequential;
            if (!experiments[i].concludedBy(asOf) && s.pValue) {
                out << "    Running: always-valid 95% interval of the difference "
                    << interval(s.differenceSequence, 100.0, 2) << " points, always-valid p "
                    << QString::number(*s.pValue, 'g', 4)
                    << (s.mayStop ? u", may stop now"_s : u", keep running"_s)
                    << " (the fixed-horizon p-value is not valid for peeking)\n";
            }
            for (const ExperimentCuped::Arm& arm : cuped[i].arms) {
                const CupedResult& cr = arm.result;
                if (arm.treatmentArm != c.treatmentArm || !cr.adjusted.defined())
                    continue;
                out << "    CUPED (revenue in the " << cuped[i].preDays
                    << " days before): difference "
                    << QString::number(*cr.adjusted.estimate, 'f', 2) << " (95% CI "
                    << interval(cr.adjusted, 1.0, 2) << ") vs plain "
                    << QString::number(*cr.plain.estimate, 'f', 2) << " (95% CI "
                    << interval(cr.plain, 1.0, 2) << "), variance reduction "
                    << QString::number(*cr.varianceReduction * 100.0, 'f', 1) << "%\n";
            }
        }
    }
    out << "\nPortfolio (" << portfolio.tests.size() << " concluded tests): win rate "
        << (portfolio.winRateHolm.value
                ? QString::number(*portfolio.winRateHolm.value * 100.0, 'f', 1) + u"%"_s
                : u"n/a"_s)
        << " with Holm, "
        << (portfolio.winRateBenjaminiHochberg.value
                ? QString::number(*portfolio.winRateBenjaminiHochberg.value * 100.0, 'f', 1) +
                      u"%"_s
                : u"n/a"_s)
        << " with Benjamini-Hochberg\n";
    for (const auto& t : portfolio.tests) {
        if (t.shrunkLiftPercent)
            out << "  " << t.experiment << " / " << t.treatmentArm << ": lift "
                << QString::number(t.liftPercent, 'f', 1) << "% as measured, "
                << QString::number(*t.shrunkLiftPercent, 'f', 1) << "% after shrinkage (95% "
                << QString::number(*t.shrunkLowPercent, 'f', 1) << "% to "
                << QString::number(*t.shrunkHighPercent, 'f', 1) << "%)\n";
    }
    const PortfolioShrinkage& s = portfolio.shrinkage;
    out << shrinkageSentence(portfolio) << "\n";
    if (!s.tests.empty()) {
        out << "Win rate as measured " << portfolio.rawWins << "/" << portfolio.shrunkTests
            << ", after shrinkage " << portfolio.shrunkWins << "/" << portfolio.shrunkTests
            << "; extra conversions " << QString::number(*s.rawTotalGain, 'f', 0)
            << " as measured, " << QString::number(*s.totalGain.estimate, 'f', 0)
            << " after shrinkage (95% " << QString::number(*s.totalGain.low, 'f', 0) << " to "
            << QString::number(*s.totalGain.high, 'f', 0) << ")\n";
    }
}

QJsonObject trafficJson(const TrafficBaseline& t) {
    return {{u"metric"_s, planMetricId(t.metric)},
            {u"source"_s, t.source},
            {u"units"_s, t.unitName},
            {u"outcome"_s, t.outcomeName},
            {u"from"_s, t.from.isValid() ? QJsonValue(t.from.toString(Qt::ISODate)) : QJsonValue()},
            {u"to"_s, t.to.isValid() ? QJsonValue(t.to.toString(Qt::ISODate)) : QJsonValue()},
            {u"weeks"_s, t.weeks},
            {u"unit_count"_s, t.units},
            {u"success_count"_s, t.successes},
            {u"units_per_week"_s, jsonNumber(t.unitsPerWeek)},
            {u"baseline"_s, jsonNumber(t.baseline)},
            {u"reasons"_s, QJsonArray::fromStringList(t.reasons)}};
}

QJsonObject trafficPlanJson(const TrafficPlan& p) {
    QJsonArray horizons;
    for (const TrafficPlan::Horizon& h : p.horizons) {
        horizons.append(
            QJsonObject{{u"weeks"_s, h.weeks},
                        {u"detectable_mde_relative"_s, jsonNumber(h.effect.mdeRelative)},
                        {u"detectable_mde_absolute"_s, jsonNumber(h.effect.mdeAbsolute)},
                        {u"reasons"_s, QJsonArray::fromStringList(h.effect.reasons)}});
    }
    const auto count = [](const std::optional<std::int64_t>& v) {
        return v ? QJsonValue(static_cast<qint64>(*v)) : QJsonValue(QJsonValue::Null);
    };
    return {{u"traffic"_s, trafficJson(p.traffic)},
            {u"relative_mde"_s, p.relativeMde},
            {u"split"_s, p.controlShare},
            {u"power"_s, p.power},
            {u"alpha"_s, p.alpha},
            {u"required_total"_s, jsonNumber(p.plan.exactTotal)},
            {u"required_control"_s, count(p.plan.control)},
            {u"required_treatment"_s, count(p.plan.treatment)},
            {u"weeks_needed"_s, jsonNumber(p.weeksNeeded)},
            {u"detectable"_s, horizons},
            {u"reasons"_s, QJsonArray::fromStringList(p.reasons)}};
}

} // namespace

int runTrafficPlan(const TrafficPlanOptions& options, Io& io) {
    auto opened = Workspace::open(options.workspacePath, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        io.err << "pvi abtest: " << opened.error << "\n";
        return 2;
    }
    try {
        const TrafficBaseline traffic =
            readTrafficBaseline(*opened.workspace, options.metric, options.asOf);
        const TrafficPlan plan = planFromTraffic(traffic, options.relativeMde, options.controlShare,
                                                 options.power, options.alpha);
        if (options.json)
            io.out << QJsonDocument(trafficPlanJson(plan)).toJson(QJsonDocument::Indented);
        else
            io.out << trafficPlanText(plan) << "\n";
        return plan.weeksNeeded ? 0 : 1;
    } catch (const DbError& error) {
        io.err << "pvi abtest: " << error.what() << "\n";
        return 1;
    }
}

int runWorkspaceAbtest(const WorkspaceAbtestOptions& options, Io& io) {
    auto opened = Workspace::open(options.workspacePath, options.importPath.isEmpty()
                                                             ? Workspace::Mode::OpenExisting
                                                             : Workspace::Mode::CreateOrOpen);
    if (!opened.workspace) {
        io.err << "pvi abtest: " << opened.error << "\n";
        return 2;
    }
    try {
        ExperimentStore store(opened.workspace->db());
        if (!options.importPath.isEmpty()) {
            const ExperimentImport imported = importExperimentCsv(options.importPath);
            for (const QString& w : imported.warnings)
                io.err << "pvi abtest: warning: " << w << "\n";
            if (!imported.ok()) {
                for (const QString& e : imported.errors)
                    io.err << "pvi abtest: " << e << "\n";
                return 1;
            }
            for (const Experiment& e : imported.experiments)
                store.save(e);
        }
        std::vector<Experiment> experiments;
        if (options.experiment.isEmpty()) {
            experiments = store.loadAll();
        } else if (auto one = store.load(options.experiment)) {
            experiments.push_back(std::move(*one));
        } else {
            io.err << "pvi abtest: no experiment named '" << options.experiment << "' in "
                   << options.workspacePath << "\n";
            return 2;
        }
        std::vector<ExperimentAnalysis> analyses;
        std::vector<ExperimentCuped> cuped;
        for (const Experiment& e : experiments) {
            analyses.push_back(analyzeExperiment(e));
            cuped.push_back(analyzeCuped(*opened.workspace, e));
        }
        const PortfolioAnalysis portfolio = analyzePortfolio(analyses, options.asOf);
        if (!options.json) {
            printText(experiments, analyses, cuped, portfolio, options.asOf, io.out);
            return 0;
        }
        QJsonArray list;
        for (std::size_t i = 0; i < analyses.size(); ++i) {
            const auto& a = analyses[i];
            QJsonArray comparisons;
            for (const auto& c : a.comparisons) {
                QJsonObject object = rateComparisonJson(c.rates, c.plannedControlShare);
                object.insert(u"treatment_arm"_s, c.treatmentArm);
                object.insert(
                    u"always_valid"_s,
                    alwaysValidJson(c.sequential, !experiments[i].concludedBy(options.asOf)));
                const ExperimentArm* t = findArm(experiments[i], c.treatmentArm);
                if (t != nullptr && experiments[i].control() != nullptr)
                    object.insert(u"revenue_per_visitor"_s,
                                  revenueJson(c, *experiments[i].control(), *t));
                comparisons.append(object);
            }
            list.append(QJsonObject{
                {u"name"_s, a.name},
                {u"control_arm"_s, a.controlArm},
                {u"started_on"_s, a.startedOn.isValid()
                                      ? QJsonValue(a.startedOn.toString(Qt::ISODate))
                                      : QJsonValue()},
                {u"ended_on"_s,
                 a.endedOn.isValid() ? QJsonValue(a.endedOn.toString(Qt::ISODate)) : QJsonValue()},
                {u"concluded"_s, a.endedOn.isValid() && a.endedOn <= options.asOf},
                {u"comparisons"_s, comparisons},
                {u"cuped"_s, cupedJson(cuped[i])},
                {u"reasons"_s, QJsonArray::fromStringList(a.reasons)}});
        }
        const QJsonObject out{{u"as_of"_s, options.asOf.toString(Qt::ISODate)},
                              {u"experiments"_s, list},
                              {u"portfolio"_s, portfolioJson(portfolio)}};
        io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return 0;
    } catch (const DbError& error) {
        io.err << "pvi abtest: " << error.what() << "\n";
        return 1;
    }
}

} // namespace pvi::cli
