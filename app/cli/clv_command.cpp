// pvi clv: lifetime value with BG/NBD + Gamma-Gamma, from a customer summary CSV or from a
// workspace's orders (with the backtest, storing the fitted parameters). See docs/cli-clv.md.
#include "analytics/lifetime/clv_parameter_store.h"
#include "analytics/lifetime/clv_workspace_analysis.h"
#include "analytics/orders/last_order_day.h"
#include "cli/command.h"
#include "cli/json_values.h"
#include "io/csv_reader.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

struct ClvArgs {
    QString summaryPath;
    QString workspacePath;
    QDate asOf;
    bool json = false;
    ClvOptions options;
};

/// Parses the arguments; returns an error message or nothing.
std::optional<QString> parseArgs(const QStringList& args, ClvArgs& out) {
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto value = [&](double& target, double min) -> std::optional<QString> {
            bool ok = false;
            const double v = i + 1 < args.size() ? args[i + 1].toDouble(&ok) : 0.0;
            if (!ok || !(v >= min))
                return u"%1 needs a number >= %2"_s.arg(a).arg(min);
            target = v;
            ++i;
            return std::nullopt;
        };
        std::optional<QString> error;
        if (a == u"--json") {
            out.json = true;
        } else if (a == u"--summary" && i + 1 < args.size()) {
            out.summaryPath = args[++i];
        } else if (a == u"--as-of" && i + 1 < args.size()) {
            out.asOf = QDate::fromString(args[++i], Qt::ISODate);
            if (!out.asOf.isValid())
                error = u"--as-of needs a date YYYY-MM-DD, not '%1'"_s.arg(args[i]);
        } else if (a == u"--horizon-months") {
            double months = 0.0;
            error = value(months, 1.0);
            out.options.horizonMonths = static_cast<int>(months);
            if (!error && months != std::floor(months))
                error = u"--horizon-months needs a whole number of months"_s;
        } else if (a == u"--annual-discount") {
            error = value(out.options.annualDiscountRate, 0.0);
        } else if (a == u"--period-weeks") {
            error = value(out.options.periodWeeks, 0.0);
        } else if (!a.startsWith(u"--") && out.workspacePath.isEmpty()) {
            out.workspacePath = a;
        } else {
            error = u"unexpected argument '%1'"_s.arg(a);
        }
        if (error)
            return error;
    }
    if (out.summaryPath.isEmpty() == out.workspacePath.isEmpty())
        return u"give either --summary FILE.csv or a workspace WS.pvi"_s;
    return std::nullopt;
}

/// Reads a summary CSV: columns x|frequency, t_x|recency, T, optional zbar|monetary_value and
/// ID|id|customer_id (else the row number).
std::optional<QString> readSummary(const QString& path, std::vector<CustomerSummary>& rows,
                                   bool& hasSpend) {
    CsvReader reader;
    if (!reader.open(path))
        return reader.error().toString();
    CsvRow row;
    if (!reader.readRow(row))
        return reader.hasError() ? reader.error().toString() : u"%1: the file is empty"_s.arg(path);
    auto column = [&](std::initializer_list<QStringView> names) -> qsizetype {
        for (qsizetype c = 0; c < row.fields.size(); ++c) {
            for (auto n : names) {
                if (row.fields[c].trimmed().compare(n, Qt::CaseInsensitive) == 0)
                    return c;
            }
        }
        return -1;
    };
    const qsizetype cx = column({u"x", u"frequency"});
    const qsizetype ctx = column({u"t_x", u"recency"});
    const qsizetype cT = column({u"T"});
    const qsizetype cz = column({u"zbar", u"monetary_value"});
    const qsizetype cid = column({u"ID", u"customer_id"});
    if (cx < 0 || ctx < 0 || cT < 0)
        return u"%1: the header needs columns x (or frequency), t_x (or recency) and T"_s.arg(path);
    hasSpend = cz >= 0;
    qint64 number = 0;
    while (reader.readRow(row)) {
        ++number;
        auto read = [&](qsizetype c, double& v) -> std::optional<QString> {
            bool ok = false;
            v = row.value(c).trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(v))
                return u"%1:%2:%3: '%4' is not a number"_s.arg(path).arg(row.line).arg(c + 1).arg(
                    row.value(c));
            return std::nullopt;
        };
        double x = 0.0;
        CustomerSummary s;
        for (auto [c, target] : {std::pair{cx, &x}, {ctx, &s.tx}, {cT, &s.T}}) {
            if (auto error = read(c, *target))
                return error;
        }
        if (hasSpend) {
            if (auto error = read(cz, s.zbar))
                return error;
        }
        if (x < 0 || x != std::floor(x) || x > 1e9)
            return u"%1:%2:%3: the frequency must be a whole number >= 0, not '%4'"_s.arg(path)
                .arg(row.line)
                .arg(cx + 1)
                .arg(row.value(cx));
        s.x = static_cast<int>(x);
        s.id = cid >= 0 ? row.value(cid).trimmed() : QString::number(number);
        rows.push_back(s);
    }
    if (reader.hasError())
        return reader.error().toString();
    return std::nullopt;
}

QJsonObject bgNbdJson(const BgNbdFit& fit) {
    return {{u"r"_s, fit.params.r},
            {u"alpha"_s, fit.params.alpha},
            {u"a"_s, fit.params.a},
            {u"b"_s, fit.params.b},
            {u"log_likelihood"_s, fit.logLikelihood},
            {u"customers"_s, fit.customers},
            {u"repeaters"_s, fit.repeaters},
            {u"standard_errors"_s, QJsonObject{{u"r"_s, jsonNumber(fit.standardErrors.r)},
                                               {u"alpha"_s, jsonNumber(fit.standardErrors.alpha)},
                                               {u"a"_s, jsonNumber(fit.standardErrors.a)},
                                               {u"b"_s, jsonNumber(fit.standardErrors.b)}}}};
}

QJsonObject analysisJson(const ClvAnalysis& a, const ClvOptions& options) {
    QJsonObject root{{u"bgnbd"_s, bgNbdJson(a.bgnbd)}};
    const auto& gg = a.gammaGamma;
    if (gg.ok) {
        root[u"gamma_gamma"_s] = QJsonObject{
            {u"p"_s, gg.params.p},
            {u"q"_s, gg.params.q},
            {u"gamma"_s, gg.params.gamma},
            {u"log_likelihood"_s, gg.logLikelihood},
            {u"customers"_s, gg.customers},
            {u"excluded_no_spend"_s, gg.excludedNoSpend},
            {u"standard_errors"_s, QJsonObject{{u"p"_s, jsonNumber(gg.standardErrors.p)},
                                               {u"q"_s, jsonNumber(gg.standardErrors.q)},
                                               {u"gamma"_s, jsonNumber(gg.standardErrors.gamma)}}}};
    } else {
        root[u"gamma_gamma"_s] = QJsonValue(QJsonValue::Null);
        root[u"gamma_gamma_reason"_s] = gg.reason;
    }
    root[u"frequency_spend_correlation"_s] = jsonNumber(a.frequencySpendCorrelation);
    root[u"warnings"_s] = QJsonArray::fromStringList(a.warnings);
    root[u"options"_s] = QJsonObject{{u"horizon_months"_s, options.horizonMonths},
                                     {u"annual_discount"_s, options.annualDiscountRate},
                                     {u"period_weeks"_s, options.periodWeeks},
                                     {u"weeks_per_month"_s, kWeeksPerMonth},
                                     {u"time_unit"_s, u"weeks"_s}};
    const QString purchasesKey = u"expected_purchases_%1w"_s.arg(options.periodWeeks);
    const QString clvKey = u"clv_%1m"_s.arg(options.horizonMonths);
    QJsonArray customers;
    for (const auto& c : a.customers) {
        customers.append(
            QJsonObject{{u"id"_s, c.id},
                        {u"p_alive"_s, c.pAlive},
                        {purchasesKey, c.expectedPurchases},
                        {u"expected_average_spend"_s, jsonNumber(c.expectedAverageSpend)},
                        {clvKey, jsonNumber(c.clv)}});
    }
    root[u"customers"_s] = customers;
    return root;
}

QJsonObject backtestJson(const ClvBacktest& bt) {
    if (!bt.ok)
        return {{u"ok"_s, false}, {u"reason"_s, bt.reason}};
    QJsonArray weeks;
    for (const auto& w : bt.weeks) {
        weeks.append(QJsonObject{{u"week"_s, w.week},
                                 {u"predicted"_s, w.predictedIncremental},
                                 {u"actual"_s, w.actualIncremental},
                                 {u"predicted_cumulative"_s, w.predictedCumulative},
                                 {u"actual_cumulative"_s, w.actualCumulative}});
    }
    return {{u"ok"_s, true},
            {u"calibration_end"_s, bt.calibrationEnd.toString(Qt::ISODate)},
            {u"holdout_end"_s, bt.holdoutEnd.toString(Qt::ISODate)},
            {u"holdout_weeks"_s, bt.holdoutWeeks},
            {u"calibration_fit"_s, bgNbdJson(bt.fit)},
            {u"predicted_total"_s, bt.predictedTotal},
            {u"actual_total"_s, bt.actualTotal},
            {u"relative_error"_s, jsonNumber(bt.relativeError)},
            {u"grade"_s, bt.grade},
            {u"verdict"_s, bt.verdict},
            {u"weeks"_s, weeks}};
}

void printText(const ClvAnalysis& a, const ClvOptions& options, QTextStream& out) {
    const auto& bg = a.bgnbd;
    out << "BG/NBD (" << bg.customers << " customers, " << bg.repeaters
        << " repeaters, times in weeks)\n";
    auto line = [&](const char* name, double v, double se) {
        out << "  " << name << " = " << QString::number(v, 'g', 6) << "  (se "
            << QString::number(se, 'g', 3) << ")\n";
    };
    line("r    ", bg.params.r, bg.standardErrors.r);
    line("alpha", bg.params.alpha, bg.standardErrors.alpha);
    line("a    ", bg.params.a, bg.standardErrors.a);
    line("b    ", bg.params.b, bg.standardErrors.b);
    out << "  log-likelihood = " << QString::number(bg.logLikelihood, 'f', 4) << "\n";
    const auto& gg = a.gammaGamma;
    if (gg.ok) {
        out << "Gamma-Gamma (" << gg.customers << " repeat customers)\n";
        line("p    ", gg.params.p, gg.standardErrors.p);
        line("q    ", gg.params.q, gg.standardErrors.q);
        line("gamma", gg.params.gamma, gg.standardErrors.gamma);
    } else {
        out << "Gamma-Gamma not fitted: " << gg.reason << "\n";
    }
    for (const auto& w : a.warnings)
        out << "Warning: " << w << "\n";
    std::vector<const CustomerClvPrediction*> top;
    for (const auto& c : a.customers)
        top.push_back(&c);
    std::stable_sort(top.begin(), top.end(), [](auto* l, auto* r) {
        return (std::isfinite(l->clv) ? l->clv : l->expectedPurchases) >
               (std::isfinite(r->clv) ? r->clv : r->expectedPurchases);
    });
    top.resize(std::min<std::size_t>(top.size(), 20));
    const bool withClv = a.gammaGamma.ok;
    out << "Top " << top.size() << " of " << a.customers.size() << " customers by "
        << (withClv ? u"%1-month CLV"_s.arg(options.horizonMonths) : u"expected purchases"_s)
        << ":\n  id  p_alive  purchases_" << options.periodWeeks << "w  avg_spend  clv\n";
    auto money = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 2) : u"-"_s; };
    for (const auto* c : top) {
        out << "  " << c->id << "  " << QString::number(c->pAlive, 'f', 3) << "  "
            << QString::number(c->expectedPurchases, 'f', 3) << "  "
            << money(c->expectedAverageSpend) << "  " << money(c->clv) << "\n";
    }
}

int runWorkspace(const ClvArgs& args, Io& io) {
    auto opened = Workspace::open(args.workspacePath, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        io.err << "pvi clv: " << opened.error << "\n";
        return 1;
    }
    Database& db = opened.workspace->db();
    QDate asOf = args.asOf;
    try {
        if (!asOf.isValid())
            asOf = lastOrderDay(db);
    } catch (const DbError& e) {
        io.err << "pvi clv: " << e.message() << "\n";
        return 1;
    }
    if (!asOf.isValid()) {
        io.err << "pvi clv: the workspace has no valid orders with a customer\n";
        return 1;
    }
    const auto result = analyzeWorkspaceClv(db, asOf, args.options);
    if (!result.ok || !result.analysis.bgnbd.ok) {
        io.err << "pvi clv: " << (result.ok ? result.analysis.bgnbd.reason : result.reason) << "\n";
        return 1;
    }
    const QDateTime fittedAt = QDateTime::currentDateTimeUtc();
    auto rows = bgNbdParameterRows(result.analysis.bgnbd, fittedAt, result.batches);
    if (result.analysis.gammaGamma.ok) {
        const auto gg =
            gammaGammaParameterRows(result.analysis.gammaGamma, fittedAt, result.batches);
        rows.insert(rows.end(), gg.begin(), gg.end());
    }
    try {
        storeModelParameters(db, rows);
    } catch (const DbError& e) {
        io.err << "pvi clv: could not store the fitted parameters: " << e.message() << "\n";
        return 1;
    }
    if (args.json) {
        QJsonObject root = analysisJson(result.analysis, args.options);
        root[u"as_of"_s] = asOf.toString(Qt::ISODate);
        root[u"batches"_s] = result.batches;
        root[u"backtest"_s] = backtestJson(result.backtest);
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return 0;
    }
    io.out << "Lifetime value as of " << asOf.toString(Qt::ISODate) << "\n";
    printText(result.analysis, args.options, io.out);
    if (result.backtest.ok) {
        io.out << "Backtest: fitted to " << result.backtest.calibrationEnd.toString(Qt::ISODate)
               << ", holdout " << result.backtest.holdoutWeeks
               << " weeks\n  week  predicted  actual\n";
        for (const auto& w : result.backtest.weeks)
            io.out << "  " << w.week << "  " << QString::number(w.predictedIncremental, 'f', 2)
                   << "  " << w.actualIncremental << "\n";
        io.out << result.backtest.verdict << "\n";
    } else {
        io.out << "Backtest not run: " << result.backtest.reason << "\n";
    }
    io.out << "Parameters stored in the workspace (model_parameters).\n";
    return 0;
}

int run(const QStringList& argList, Io& io) {
    ClvArgs args;
    if (const auto error = parseArgs(argList, args)) {
        io.err << "pvi clv: " << *error << "\n";
        return 2;
    }
    if (!args.workspacePath.isEmpty())
        return runWorkspace(args, io);
    std::vector<CustomerSummary> summary;
    bool hasSpend = false;
    if (const auto error = readSummary(args.summaryPath, summary, hasSpend)) {
        io.err << "pvi clv: " << *error << "\n";
        return 1;
    }
    const auto analysis = analyzeClv(summary, hasSpend, args.options);
    if (!analysis.bgnbd.ok) {
        io.err << "pvi clv: BG/NBD fit failed: " << analysis.bgnbd.reason << "\n";
        return 1;
    }
    if (args.json)
        io.out
            << QJsonDocument(analysisJson(analysis, args.options)).toJson(QJsonDocument::Indented);
    else
        printText(analysis, args.options, io.out);
    return 0;
}

CommandRegistration reg{{"clv",
                         "clv (--summary FILE.csv | WS.pvi [--as-of YYYY-MM-DD]) [--json] "
                         "[--horizon-months 12] [--annual-discount 0.10] [--period-weeks 39]",
                         &run}};

} // namespace
} // namespace pvi::cli
