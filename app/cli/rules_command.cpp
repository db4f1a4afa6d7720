// pvi rules: add, list and remove personalization rules. See docs/cli.md.
#include "cli/command.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/pvi_json.h"
#include "store/db_error.h"
#include "store/workspace.h"

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

constexpr const char* kUsage = "usage: pvi rules add WS.pvi --kind KIND --pattern TEXT\n"
                               "       pvi rules list WS.pvi [--json]\n"
                               "       pvi rules remove WS.pvi ID\n";

int add(Workspace& workspace, QStringList args, Io& io) {
    QString kind, pattern;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if ((option == u"--kind" || option == u"--pattern") && !args.isEmpty())
            (option == u"--kind" ? kind : pattern) = args.takeFirst();
        else {
            io.err << "pvi rules add: unexpected argument '" << option << "'\n" << kUsage;
            return 2;
        }
    }
    if (kind.isEmpty() || pattern.isEmpty()) {
        io.err << "pvi rules add: --kind and --pattern are required (kinds: "
               << PersonalizationRules::kinds().join(u", "_s) << ")\n";
        return 2;
    }
    QString error;
    if (!PersonalizationRules::add(workspace, kind, pattern, &error)) {
        io.err << "pvi rules add: " << error << "\n";
        return 1;
    }
    const auto rules = PersonalizationRules::list(workspace);
    io.out << "added rule " << rules.back().id << ": " << kind << " '" << pattern.trimmed()
           << "'\n";
    return 0;
}

int list(Workspace& workspace, const QStringList& args, Io& io) {
    const bool asJson = args == QStringList{u"--json"_s};
    if (!args.isEmpty() && !asJson) {
        io.err << kUsage;
        return 2;
    }
    const auto rules = PersonalizationRules::list(workspace);
    if (asJson) {
        io.out << json::rules(rules);
        return 0;
    }
    if (rules.empty())
        io.out << "no personalization rules (add one with `pvi rules add`)\n";
    for (const PersonalizationRule& rule : rules)
        io.out << rule.id << "\t" << rule.kind << "\t" << rule.pattern << "\t" << rule.createdAt
               << "\n";
    return 0;
}

int remove(Workspace& workspace, const QStringList& args, Io& io) {
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
    if (!ok) {
        io.err << kUsage;
        return 2;
    }
    QString error;
    if (!PersonalizationRules::remove(workspace, id, &error)) {
        io.err << "pvi rules remove: " << error << "\n";
        return 1;
    }
    io.out << "removed rule " << id << "\n";
    return 0;
}

int run(const QStringList& args, Io& io) {
    if (args.size() < 2) {
        io.err << kUsage;
        return 2;
    }
    const QString action = args[0];
    if (action != u"add" && action != u"list" && action != u"remove") {
        io.err << "pvi rules: unknown action '" << action << "'\n" << kUsage;
        return 2;
    }
    auto opened = Workspace::open(args[1], Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        io.err << "pvi rules: " << opened.error << "\n";
        return 1;
    }
    const QStringList rest = args.mid(2);
    try {
        if (action == u"add")
            return add(*opened.workspace, rest, io);
        if (action == u"list")
            return list(*opened.workspace, rest, io);
        return remove(*opened.workspace, rest, io);
    } catch (const DbError& e) {
        io.err << "pvi rules: " << e.message() << "\n";
        return 1;
    }
}

const CommandRegistration reg{{"rules",
                               "rules add|list|remove WS.pvi ...  personalization rules "
                               "(order-tag, discount-code-prefix, ...)",
                               &run}};

} // namespace
} // namespace pvi::cli
