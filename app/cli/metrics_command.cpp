// pvi metrics: every PVI for a period, personalized vs control, as a table, JSON or CSV.
// See docs/cli.md.
#include "cli/command.h"
#include "cli/period_option.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_csv.h"
#include "pvi/engine/pvi_json.h"
#include "pvi/engine/pvi_registry.h"
#include "store/workspace.h"

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

constexpr const char* kUsage = "usage: pvi metrics WS.pvi [--from YYYY-MM-DD --to YYYY-MM-DD] "
                               "[--json | --csv]\n";

QString cell(std::optional<double> value, int decimals = 2) {
    return value ? QString::number(*value, 'f', decimals) : u"–"_s;
}

void printTable(const MetricsQuery& query, const std::vector<PviResult>& results, Io& io) {
    io.out << "Period " << query.period.from.toString(Qt::ISODate) << " .. "
           << query.period.to.toString(Qt::ISODate) << " (previous "
           << query.comparison.from.toString(Qt::ISODate) << " .. "
           << query.comparison.to.toString(Qt::ISODate) << ")\n\n";
    io.out << u"%1 %2 %3 %4 %5 %6 %7 %8\n"_s.arg(u"PVI"_s, -28)
                  .arg(u"value"_s, 12)
                  .arg(u"n"_s, 7)
                  .arg(u"personal."_s, 12)
                  .arg(u"control"_s, 12)
                  .arg(u"lift %"_s, 9)
                  .arg(u"p"_s, 8)
                  .arg(u"previous"_s, 12);
    for (const PviResult& r : results) {
        const PviDefinition* definition = PviRegistry::find(r.id);
        const QString title = definition ? definition->title : r.id;
        if (!r.available) {
            io.out << u"%1 not available: %2\n"_s.arg(title, -28).arg(r.reason);
            continue;
        }
        io.out << u"%1 %2 %3 %4 %5 %6 %7 %8\n"_s.arg(title, -28)
                      .arg(cell(r.value), 12)
                      .arg(r.n, 7)
                      .arg(cell(r.personalized.value), 12)
                      .arg(cell(r.control.value), 12)
                      .arg(cell(r.liftPercent, 1), 9)
                      .arg(cell(r.pValue, 4), 8)
                      .arg(cell(r.previous.value), 12);
        for (const SegmentValue& s : r.segments)
            io.out << u"    %1 %2 %3\n"_s.arg(s.name, -24).arg(cell(s.value), 12).arg(s.n, 7);
    }
    io.out << "\nSplits by personalization rules are not randomized: a difference between "
              "self-selected groups is not proof that personalization caused it.\n";
}

int run(const QStringList& arguments, Io& io) {
    QStringList args = arguments;
    if (args.isEmpty() || args.first().startsWith(u'-')) {
        io.err << kUsage;
        return 2;
    }
    const QString path = args.takeFirst();
    bool asJson = false;
    bool asCsv = false;
    PeriodOption periodOption;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if (option == u"--json")
            asJson = true;
        else if (option == u"--csv")
            asCsv = true;
        else if (!periodOption.take(option, args)) {
            io.err << "pvi metrics: unexpected argument '" << option << "'\n" << kUsage;
            return 2;
        }
    }
    if (asJson && asCsv) {
        io.err << "pvi metrics: --json and --csv cannot be combined\n" << kUsage;
        return 2;
    }
    auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        io.err << "pvi metrics: " << opened.error << "\n";
        return 1;
    }
    MetricsQuery query = defaultMetricsQuery(*opened.workspace);
    const std::optional<Period> period = periodOption.resolve(query.period, "metrics", io);
    if (!period)
        return 2;
    query = {*period, period->previous()};
    const std::vector<PviResult> results = computeMetrics(*opened.workspace, query);
    if (asJson)
        io.out << json::metrics(query.period, query.comparison, results);
    else if (asCsv)
        io.out << csv::metrics(query.period, query.comparison, results);
    else
        printTable(query, results, io);
    return 0;
}

const CommandRegistration reg{
    {"metrics", "metrics WS.pvi [--from D --to D] [--json|--csv]  every PVI for a period", &run}};

} // namespace
} // namespace pvi::cli
