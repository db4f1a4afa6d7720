#include "cli/abtest_workspace.h"

#include "analytics/experiments/experiment_analysis.h"
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
        tests.append(QJsonObject{{u"experiment"_s, t.experiment},
                                 {u"treatment_arm"_s, t.treatmentArm},
                                 {u"p_value"_s, t.pValue},
                                 {u"lift_percent"_s, t.liftPercent},
                                 {u"p_holm"_s, t.holm},
                                 {u"p_benjamini_hochberg"_s, t.benjaminiHochberg}});
    }
    return {{u"tests"_s, tests},
            {u"win_rate_holm"_s, winRateJson(p.winRateHolm)},
            {u"win_rate_benjamini_hochberg"_s, winRateJson(p.winRateBenjaminiHochberg)}};
}

void printText(const std::vector<Experiment>& experiments,
               const std::vector<ExperimentAnalysis>& analyses, const PortfolioAnalysis& portfolio,
               QTextStream& out) {
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
}

} // namespace

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
        for (const Experiment& e : experiments)
            analyses.push_back(analyzeExperiment(e));
        const PortfolioAnalysis portfolio = analyzePortfolio(analyses, options.asOf);
        if (!options.json) {
            printText(experiments, analyses, portfolio, io.out);
            return 0;
        }
        QJsonArray list;
        for (std::size_t i = 0; i < analyses.size(); ++i) {
            const auto& a = analyses[i];
            QJsonArray comparisons;
            for (const auto& c : a.comparisons) {
                QJsonObject object = rateComparisonJson(c.rates, c.plannedControlShare);
                object.insert(u"treatment_arm"_s, c.treatmentArm);
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
