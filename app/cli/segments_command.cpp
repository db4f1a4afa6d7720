// pvi segments: the segments of a dimension (RFM by default; --by tag, country, rule:NAME, ...) for
// a period with their growth, retention, repeat purchase rate, revenue per customer, order value
// and lifetime value, as a table or JSON. See docs/cli.md.
#include "cli/command.h"
#include "cli/period_option.h"
#include "cli/segment_rules_command.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/reports/segment_report.h"
#include "pvi/reports/segment_report_json.h"
#include "store/workspace.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

constexpr const char* kUsage =
    "usage: pvi segments WS.pvi [--by DIMENSION] [--from YYYY-MM-DD --to YYYY-MM-DD] [--json]\n"
    "       pvi segments define WS.pvi NAME --rule \"RULE\"\n"
    "       pvi segments list WS.pvi\n"
    "       pvi segments remove WS.pvi NAME\n"
    "dimensions: rfm (default), tag, customer_tag, order_tag, country, region, list, "
    "email_group, survey, rule:NAME\n";

QString cell(std::optional<double> value, int decimals = 1) {
    return value ? QString::number(*value, 'f', decimals) : u"–"_s;
}

/// The segment column fits the longest name (survey answers read "question: answer"), within 20
/// to 64 characters.
int nameWidth(const SegmentReport& report) {
    qsizetype width = 20;
    for (const SegmentReportRow& r : report.rows)
        width = std::max(width, r.name.size());
    return int(std::min<qsizetype>(width, 64));
}

void printTable(const SegmentReport& report, Io& io) {
    const int width = nameWidth(report);
    io.out << "Segments by " << report.dimensionTitle.toLower() << " "
           << report.period.from.toString(Qt::ISODate) << " .. "
           << report.period.to.toString(Qt::ISODate) << ": " << report.customersAtStart
           << " customers with a segment at the start, " << report.customersAtEnd
           << " at the end\n\n";
    io.out << u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n"_s.arg(u"segment"_s, -width)
                  .arg(u"customers"_s, 9)
                  .arg(u"share %"_s, 8)
                  .arg(u"at start"_s, 8)
                  .arg(u"growth %"_s, 9)
                  .arg(u"retention %"_s, 11)
                  .arg(u"repeat %"_s, 9)
                  .arg(u"rev/cust"_s, 9)
                  .arg(u"AOV"_s, 9)
                  .arg(u"CLV"_s, 9);
    for (const SegmentReportRow& r : report.rows) {
        io.out << u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n"_s.arg(r.name.left(width), -width)
                      .arg(r.members.n, 9)
                      .arg(cell(r.members.value), 8)
                      .arg(r.membersAtStart, 8)
                      .arg(cell(r.growthPercent), 9)
                      .arg(cell(r.retention.value), 11)
                      .arg(cell(r.repeatPurchase.value), 9)
                      .arg(cell(r.revenuePerCustomer.value, 2), 9)
                      .arg(cell(r.averageOrderValue.value, 2), 9)
                      .arg(cell(r.clv.value, 2), 9);
    }
    io.out << "\nCustomers, share and the period's figures use the segments on the last day; "
              "growth and retention compare with the segments of the day before the period.\n";
    if (report.dimensionId != u"rfm")
        io.out << "A customer in several segments (two tags) counts in each; shares are of the "
                  "customers in at least one.\n";
}

int run(const QStringList& arguments, Io& io) {
    QStringList args = arguments;
    if (args.isEmpty() || args.first().startsWith(u'-')) {
        io.err << kUsage;
        return 2;
    }
    if (isSegmentRuleSubcommand(args.first()))
        return runSegmentRuleCommand(args, io);
    const QString path = args.takeFirst();
    bool asJson = false;
    QString by = u"rfm"_s;
    PeriodOption periodOption;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if (option == u"--json")
            asJson = true;
        else if (option == u"--by" && !args.isEmpty())
            by = args.takeFirst();
        else if (!periodOption.take(option, args)) {
            io.err << "pvi segments: unexpected argument '" << option << "'\n" << kUsage;
            return 2;
        }
    }
    auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        io.err << "pvi segments: " << opened.error << "\n";
        return 1;
    }
    const std::optional<Period> period =
        periodOption.resolve(defaultMetricsQuery(*opened.workspace).period, "segments", io);
    if (!period)
        return 2;
    const SegmentReport report = computeSegmentReport(*opened.workspace, *period, by);
    if (asJson) {
        io.out << json::segmentReport(report);
        return 0;
    }
    if (!report.available) {
        io.err << "pvi segments: not available: " << report.reason << "\n";
        return 1;
    }
    printTable(report, io);
    return 0;
}

const CommandRegistration reg{
    {"segments",
     "segments WS.pvi [--by DIMENSION] [--from D --to D] [--json]  segments of a period "
     "(define/list/remove rules)",
     &run}};

} // namespace
} // namespace pvi::cli
