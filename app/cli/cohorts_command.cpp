// pvi cohorts: the monthly acquisition cohort matrix, as a table or JSON. See docs/cli.md.
#include "cli/command.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_json.h"
#include "pvi/reports/cohort_report.h"
#include "store/workspace.h"

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

constexpr const char* kUsage = "usage: pvi cohorts WS.pvi [--as-of YYYY-MM-DD] [--json]\n";

void printRows(const QString& title, const std::vector<CohortRow>& rows, Io& io) {
    io.out << title << " (share of the cohort ordering in month k, %)\n";
    for (const CohortRow& row : rows) {
        io.out << row.month.toString(u"yyyy-MM"_s) << u" %1 "_s.arg(row.customers, 5);
        for (const double share : row.activePercent)
            io.out << u"%1"_s.arg(share, 5, 'f', 0);
        io.out << "\n";
    }
    io.out << "\n";
}

int run(const QStringList& arguments, Io& io) {
    QStringList args = arguments;
    if (args.isEmpty() || args.first().startsWith(u'-')) {
        io.err << kUsage;
        return 2;
    }
    const QString path = args.takeFirst();
    bool asJson = false;
    QDate asOf;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if (option == u"--json")
            asJson = true;
        else if (option == u"--as-of" && !args.isEmpty()) {
            asOf = QDate::fromString(args.takeFirst(), Qt::ISODate);
            if (!asOf.isValid()) {
                io.err << "pvi cohorts: --as-of must be a date YYYY-MM-DD\n";
                return 2;
            }
        } else {
            io.err << "pvi cohorts: unexpected argument '" << option << "'\n" << kUsage;
            return 2;
        }
    }
    auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        io.err << "pvi cohorts: " << opened.error << "\n";
        return 1;
    }
    if (!asOf.isValid())
        asOf = defaultMetricsQuery(*opened.workspace).period.to;
    if (!asOf.isValid()) {
        io.err << "pvi cohorts: " << noOrdersImportedReason() << "\n";
        return 1;
    }
    const CohortMatrix matrix = computeCohorts(*opened.workspace, asOf);
    if (asJson) {
        io.out << json::cohorts(matrix);
        return 0;
    }
    io.out << "Acquisition cohorts as of " << asOf.toString(Qt::ISODate) << "\n\n";
    printRows(u"All customers"_s, matrix.all, io);
    printRows(u"Personalized onboarding"_s, matrix.personalized, io);
    printRows(u"Generic onboarding"_s, matrix.generic, io);
    return 0;
}

const CommandRegistration reg{
    {"cohorts", "cohorts WS.pvi [--as-of D] [--json]  monthly acquisition cohorts", &run}};

} // namespace
} // namespace pvi::cli
