// pvi costs: the cost rows of a workspace, and costs entered by hand (as the Data page's Costs
// panel adds them; a costs CSV is imported with `pvi import`). See docs/cli.md.
#include "analytics/costs/cost_store.h"
#include "cli/workspace_command.h"
#include "pvi/engine/pvi_json.h"
#include "store/workspace.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

constexpr const char* kUsage =
    "usage: pvi costs list WS.pvi [--json]\n"
    "       pvi costs add WS.pvi --from YYYY-MM-DD --to YYYY-MM-DD --category CATEGORY "
    "--amount N [--channel NAME] [--note TEXT]\n"
    "       pvi costs remove WS.pvi ID\n";

int list(Workspace& workspace, bool asJson, Io& io) {
    const std::vector<CostRow> rows = loadCostRows(workspace.db());
    if (asJson) {
        QStringList items;
        for (const CostRow& r : rows)
            items << u"{\"id\": %1, \"from\": %2, \"to\": %3, \"channel\": %4, \"category\": %5, "
                     "\"amount\": %6, \"note\": %7, \"batch\": %8}"_s.arg(
                         QString::number(r.id), json::string(r.periodStart.toString(Qt::ISODate)),
                         json::string(r.periodEnd.toString(Qt::ISODate)), json::string(r.channel),
                         json::string(r.category), json::number(r.amount), json::string(r.note),
                         r.batchId ? QString::number(*r.batchId) : u"null"_s);
        io.out << u"["_s + items.join(u", "_s) + u"]\n"_s;
        return 0;
    }
    if (rows.empty())
        io.out << "no costs (import a costs CSV or add one with `pvi costs add`)\n";
    for (const CostRow& r : rows)
        io.out << r.id << "\t" << r.periodStart.toString(Qt::ISODate) << "\t"
               << r.periodEnd.toString(Qt::ISODate) << "\t" << r.channel << "\t" << r.category
               << "\t" << QString::number(r.amount, 'f', 2) << "\t" << r.note << "\n";
    return 0;
}

/// Reads the options of `costs add`; an error message when it cannot.
QString parseCost(QStringList args, CostRow& row) {
    bool hasAmount = false;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if (args.isEmpty())
            return u"%1 takes a value"_s.arg(option);
        const QString value = args.takeFirst();
        if (option == u"--from" || option == u"--to") {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid())
                return u"%1 takes a date YYYY-MM-DD, not '%2'"_s.arg(option, value);
            (option == u"--from" ? row.periodStart : row.periodEnd) = date;
        } else if (option == u"--category") {
            row.category = value;
        } else if (option == u"--amount") {
            row.amount = QLocale::c().toDouble(value, &hasAmount);
            if (!hasAmount)
                return u"--amount takes a number, not '%1'"_s.arg(value);
        } else if (option == u"--channel") {
            row.channel = value;
        } else if (option == u"--note") {
            row.note = value;
        } else {
            return u"unexpected argument '%1'"_s.arg(option);
        }
    }
    if (!hasAmount || row.category.isEmpty())
        return u"--from, --to, --category and --amount are required (categories: %1)"_s.arg(
            costCategories().join(u", "_s));
    return {};
}

int add(Workspace& workspace, const QStringList& args, Io& io) {
    CostRow row;
    QString error = parseCost(args, row);
    const std::int64_t id = error.isEmpty() ? addCostRow(workspace.db(), row, &error) : 0;
    if (id <= 0) {
        io.err << "pvi costs add: " << error << "; nothing was changed\n";
        return 1;
    }
    io.out << "added cost " << id << "\n";
    return 0;
}

int remove(Workspace& workspace, const QString& idText, Io& io) {
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    QString error = ok ? QString() : u"'%1' is not a cost id"_s.arg(idText);
    if (!ok || !removeCostRow(workspace.db(), id, &error)) {
        io.err << "pvi costs remove: " << error << "\n";
        return 1;
    }
    io.out << "removed cost " << id << "\n";
    return 0;
}

int run(const QStringList& args, Io& io) {
    const QString action = args.value(0);
    const bool listing = isListing(args);
    const bool adding = action == u"add" && args.size() >= 3;
    const bool removing = action == u"remove" && args.size() == 3;
    if (!listing && !adding && !removing) {
        io.err << kUsage;
        return 2;
    }
    return withWorkspace(args.at(1), "pvi costs", !listing, io, [&](Workspace& workspace) {
        if (listing)
            return list(workspace, args.size() == 3, io);
        return adding ? add(workspace, args.mid(2), io) : remove(workspace, args.at(2), io);
    });
}

const CommandRegistration reg{
    {"costs", "costs list|add|remove WS.pvi ...  costs (a costs CSV is imported with import)",
     &run}};

} // namespace
} // namespace pvi::cli
