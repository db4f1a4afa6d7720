// pvi effect: personalization's effect estimated from who was personalized, with the bias of
// self-selection taken out by propensity-score matching. See docs/cli.md and docs/effect.md.
#include "cli/command.h"
#include "cli/json_values.h"
#include "cli/period_option.h"
#include "pvi/effect/pvi_effect.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/workspace_currency.h"
#include "pvi/orders/customer_locations.h"
#include "pvi/orders/order_snapshot.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

constexpr const char* kUsage =
    "effect WS.pvi [--from YYYY-MM-DD --to YYYY-MM-DD] [--outcome revenue|orders] "
    "[--window-days N] [--seed N] [--json]";

struct EffectArgs {
    QString workspacePath;
    PeriodOption period;
    EffectOutcome outcome = EffectOutcome::Revenue;
    int windowDays = kDefaultEffectWindowDays;
    std::uint64_t seed = kDefaultEffectSeed;
    bool json = false;
};

std::optional<QString> parseArgs(QStringList args, EffectArgs& out) {
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == u"--json") {
            out.json = true;
        } else if (a == u"--outcome" && !args.isEmpty()) {
            const QString v = args.takeFirst();
            if (v == u"revenue")
                out.outcome = EffectOutcome::Revenue;
            else if (v == u"orders")
                out.outcome = EffectOutcome::Orders;
            else
                return u"--outcome takes revenue or orders, not '%1'"_s.arg(v);
        } else if (a == u"--window-days" && !args.isEmpty()) {
            bool ok = false;
            out.windowDays = args.takeFirst().toInt(&ok);
            if (!ok || out.windowDays < 7 || out.windowDays > 730)
                return u"--window-days takes a whole number of days from 7 to 730"_s;
        } else if (a == u"--seed" && !args.isEmpty()) {
            bool ok = false;
            out.seed = args.takeFirst().toULongLong(&ok);
            if (!ok)
                return u"--seed takes a non-negative whole number"_s;
        } else if (out.period.take(a, args)) {
        } else if (!a.startsWith(u"--") && out.workspacePath.isEmpty()) {
            out.workspacePath = a;
        } else {
            return u"unexpected argument '%1'"_s.arg(a);
        }
    }
    if (out.workspacePath.isEmpty())
        return u"give a workspace WS.pvi"_s;
    return std::nullopt;
}

QJsonValue estimateJson(const std::optional<EffectEstimate>& e) {
    if (!e)
        return QJsonObject{{u"difference"_s, QJsonValue()}, {u"ci_95"_s, QJsonValue()}};
    return QJsonObject{{u"difference"_s, jsonNumber(e->difference)},
                       {u"ci_95"_s, jsonInterval(e->ciLow, e->ciHigh)},
                       {u"exposed_mean"_s, jsonNumber(e->exposedMean)},
                       {u"comparison_mean"_s, jsonNumber(e->comparisonMean)}};
}

QJsonObject effectJson(const SelectionEffect& e, const Period& starts, const QString& currency) {
    QJsonObject matched = estimateJson(e.matched).toObject();
    matched.insert(u"n_exposed"_s, e.nExposed);
    matched.insert(u"n_matched"_s, e.nMatched);
    matched.insert(u"distinct_controls"_s, e.distinctControls);
    if (e.matched && e.matched->relativePercent) {
        matched.insert(u"relative_percent"_s, jsonNumber(*e.matched->relativePercent));
        matched.insert(u"relative_ci_95"_s, jsonInterval(e.matched->relativeCi95->first,
                                                         e.matched->relativeCi95->second));
    }
    QJsonArray balance;
    for (const CovariateBalance& b : e.balance)
        balance.append(QJsonObject{{u"covariate"_s, b.covariate},
                                   {u"smd_before"_s, jsonNumber(b.smdBefore)},
                                   {u"smd_after"_s, jsonNumber(b.smdAfter)}});
    QJsonArray propensity;
    for (qsizetype i = 0; i < e.propensityTerms.size(); ++i) {
        const auto k = static_cast<std::size_t>(i);
        propensity.append(
            QJsonObject{{u"term"_s, e.propensityTerms[i]},
                        {u"coefficient"_s, jsonNumber(e.propensity.coefficients[k])},
                        {u"standard_error"_s, jsonNumber(e.propensity.standardErrors[k])}});
    }
    QJsonObject confirm;
    if (e.confirmPerArm) {
        confirm.insert(u"customers_per_arm"_s, *e.confirmPerArm);
        confirm.insert(u"weeks"_s, e.confirmWeeks ? jsonNumber(*e.confirmWeeks) : QJsonValue());
        confirm.insert(u"ordering_customers_per_week"_s, jsonNumber(e.eligiblePerWeek));
    }
    return {{u"outcome"_s, e.outcome == EffectOutcome::Revenue ? u"revenue"_s : u"orders"_s},
            {u"unit"_s, e.outcome == EffectOutcome::Revenue ? currency : u"orders"_s},
            {u"window_days"_s, e.windowDays},
            {u"seed"_s, QString::number(e.seed)},
            {u"starts"_s, QJsonObject{{u"from"_s, starts.from.toString(Qt::ISODate)},
                                      {u"to"_s, starts.to.toString(Qt::ISODate)}}},
            {u"exposed_in_period"_s, e.exposedInPeriod},
            {u"too_recent"_s, e.tooRecent},
            {u"no_history"_s, e.noHistory},
            {u"candidates"_s, e.nCandidates},
            {u"naive"_s, estimateJson(e.naive)},
            {u"matched"_s, matched},
            {u"difference_in_differences"_s, estimateJson(e.differenceInDifferences)},
            {u"balance"_s, balance},
            {u"balanced"_s, e.balanced},
            {u"propensity_model"_s, QJsonObject{{u"terms"_s, propensity},
                                                {u"converged"_s, e.propensity.converged},
                                                {u"iterations"_s, e.propensity.iterations}}},
            {u"confirming_experiment"_s, e.confirmPerArm ? QJsonValue(confirm) : QJsonValue()},
            {u"warnings"_s, QJsonArray::fromStringList(e.warnings)},
            {u"notes"_s, QJsonArray::fromStringList(e.notes)},
            {u"reason"_s, e.reason.isEmpty() ? QJsonValue() : QJsonValue(e.reason)},
            {u"verdict"_s, effectVerdict(e, currency)}};
}

void printText(const SelectionEffect& e, const Period& starts, const QString& currency,
               QTextStream& out) {
    const auto amount = [&](double v) { return effectAmount(v, e.outcome, currency); };
    out << "Personalization's effect on "
        << (e.outcome == EffectOutcome::Revenue ? "net revenue" : "orders") << " over the "
        << e.windowDays << " days after a customer's first personalized order\n"
        << "Starts " << starts.from.toString(Qt::ISODate) << " .. "
        << starts.to.toString(Qt::ISODate) << ": " << e.exposedInPeriod << " first personalized, "
        << e.nExposed << " with a full window and a history, " << e.nMatched << " matched ("
        << e.distinctControls << " distinct generic customers, " << e.nCandidates
        << " candidate orders); bootstrap seed " << e.seed << "\n\n";
    const auto row = [&](const char* name, const std::optional<EffectEstimate>& est) {
        out << "  " << QString::fromLatin1(name).leftJustified(28);
        if (!est) {
            out << "n/a\n";
            return;
        }
        out << amount(est->difference).rightJustified(14) << "   95% interval "
            << amount(est->ciLow) << " to " << amount(est->ciHigh) << "\n";
    };
    out << "  Difference per personalized customer\n";
    row("Naive (everyone)", e.naive);
    row("Matched on propensity", e.matched);
    row("Difference in differences", e.differenceInDifferences);
    if (!e.balance.empty()) {
        out << "\n  Balance (standardized mean difference; |SMD| > 0.1 is flagged)\n"
            << "  " << u"Covariate"_s.leftJustified(28) << u"before"_s.rightJustified(9)
            << u"after"_s.rightJustified(9) << "\n";
        for (const CovariateBalance& b : e.balance)
            out << "  " << b.covariate.leftJustified(28)
                << QString::number(b.smdBefore, 'f', 3).rightJustified(9)
                << QString::number(b.smdAfter, 'f', 3).rightJustified(9)
                << (std::abs(b.smdAfter) > kBalanceThreshold ? "  !" : "") << "\n";
    }
    for (const QString& note : e.notes)
        out << "\nNote: " << note << ".";
    out << "\n" << effectVerdict(e, currency) << "\n";
    const QString confirm = confirmingExperimentText(e, currency);
    if (!confirm.isEmpty())
        out << confirm << "\n";
}

int run(const QStringList& args, Io& io) {
    EffectArgs parsed;
    if (const auto error = parseArgs(args, parsed)) {
        io.err << "pvi effect: " << *error << "\nusage: pvi " << kUsage << "\n";
        return 2;
    }
    auto opened = Workspace::open(parsed.workspacePath, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        io.err << "pvi effect: " << opened.error << "\n";
        return 1;
    }
    Workspace& workspace = *opened.workspace;
    const QDate last = lastDayOfData(workspace);
    if (!last.isValid()) {
        io.err << "pvi effect: the workspace has no orders; import an orders export first\n";
        return 1;
    }
    const std::optional<Period> starts =
        parsed.period.resolve(effectStartsAsOf(last, parsed.windowDays), "effect", io);
    if (!starts)
        return 2;
    try {
        const OrderSnapshot snapshot = OrderSnapshot::load(workspace);
        const CustomerLocations locations = CustomerLocations::load(workspace);
        const QString currency = workspaceCurrency(workspace);
        EffectRequest request;
        request.period = *starts;
        request.outcome = parsed.outcome;
        request.windowDays = parsed.windowDays;
        request.seed = parsed.seed;
        const SelectionEffect effect = selectionEffect(snapshot, locations, request);
        if (parsed.json)
            io.out << QJsonDocument(effectJson(effect, *starts, currency))
                          .toJson(QJsonDocument::Indented);
        else
            printText(effect, *starts, currency, io.out);
    } catch (const DbError& e) {
        io.err << "pvi effect: the workspace could not be read: " << e.message() << "\n";
        return 1;
    }
    return 0;
}

const CommandRegistration registration{{"effect", kUsage, &run}};

} // namespace
} // namespace pvi::cli
