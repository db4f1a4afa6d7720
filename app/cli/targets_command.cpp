// pvi targets: the targets and alert bounds of PVIs (as the Data page's Targets panel sets
// them). See docs/cli.md.
#include "analytics/targets/target_store.h"
#include "cli/workspace_command.h"
#include "pvi/engine/pvi_json.h"
#include "pvi/engine/pvi_registry.h"
#include "store/workspace.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

constexpr const char* kUsage =
    "usage: pvi targets list WS.pvi [--json]\n"
    "       pvi targets set WS.pvi PVI_ID --target X [--alert-low L] [--alert-high H]\n"
    "       pvi targets remove WS.pvi PVI_ID\n";

int list(Workspace& workspace, bool asJson, Io& io) {
    const std::vector<StoredTarget> targets = loadTargets(workspace.db());
    if (asJson) {
        QStringList items;
        for (const StoredTarget& t : targets)
            items << u"{\"pvi\": %1, \"target\": %2, \"alert_low\": %3, \"alert_high\": %4}"_s.arg(
                json::string(t.pviId), json::number(t.bounds.target),
                json::number(t.bounds.alertLow), json::number(t.bounds.alertHigh));
        io.out << u"["_s + items.join(u", "_s) + u"]\n"_s;
        return 0;
    }
    if (targets.empty())
        io.out << "no targets (set one with `pvi targets set`)\n";
    const auto text = [](const std::optional<double>& v) {
        return v ? QString::number(*v, 'g', 17) : u"-"_s;
    };
    for (const StoredTarget& t : targets)
        io.out << t.pviId << "\t" << text(t.bounds.target) << "\t" << text(t.bounds.alertLow)
               << "\t" << text(t.bounds.alertHigh) << "\n";
    return 0;
}

/// Reads PVI_ID --target X [--alert-low L] [--alert-high H]; an error message when it cannot.
QString parseTarget(QStringList args, StoredTarget& target) {
    target.pviId = args.takeFirst();
    if (PviRegistry::find(target.pviId) == nullptr)
        return u"there is no PVI '%1' (`pvi catalogue` lists them)"_s.arg(target.pviId);
    bool hasTarget = false;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if (args.isEmpty() ||
            (option != u"--target" && option != u"--alert-low" && option != u"--alert-high"))
            return u"unexpected argument '%1'"_s.arg(option);
        bool ok = false;
        const double value = QLocale::c().toDouble(args.takeFirst(), &ok);
        if (!ok)
            return u"%1 takes a number"_s.arg(option);
        if (option == u"--target") {
            target.bounds.target = value;
            hasTarget = true;
        } else {
            (option == u"--alert-low" ? target.bounds.alertLow : target.bounds.alertHigh) = value;
        }
    }
    if (!hasTarget)
        return u"--target is required"_s;
    return invalidTargetReason(target);
}

int set(Workspace& workspace, const QStringList& args, Io& io) {
    StoredTarget target;
    const QString refused = parseTarget(args, target);
    if (!refused.isEmpty()) {
        io.err << "pvi targets set: " << refused << "; nothing was changed\n";
        return 1;
    }
    saveTarget(workspace.db(), target);
    io.out << "set the target of " << target.pviId << "\n";
    return 0;
}

int remove(Workspace& workspace, const QString& pviId, Io& io) {
    if (!removeTarget(workspace.db(), pviId)) {
        io.err << "pvi targets remove: there is no target for " << pviId << "\n";
        return 1;
    }
    io.out << "removed the target of " << pviId << "\n";
    return 0;
}

int run(const QStringList& args, Io& io) {
    const QString action = args.value(0);
    const bool listing = isListing(args);
    const bool setting = action == u"set" && args.size() >= 3;
    const bool removing = action == u"remove" && args.size() == 3;
    if (!listing && !setting && !removing) {
        io.err << kUsage;
        return 2;
    }
    return withWorkspace(args.at(1), "pvi targets", !listing, io, [&](Workspace& workspace) {
        if (listing)
            return list(workspace, args.size() == 3, io);
        return setting ? set(workspace, args.mid(2), io) : remove(workspace, args.at(2), io);
    });
}

const CommandRegistration reg{
    {"targets", "targets list|set|remove WS.pvi ...  PVI targets and alert bounds", &run}};

} // namespace
} // namespace pvi::cli
