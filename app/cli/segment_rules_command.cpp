#include "cli/segment_rules_command.h"

#include "pvi/segments/segment_rules_store.h"
#include "store/db_error.h"
#include "store/workspace.h"

using namespace Qt::StringLiterals;

namespace pvi::cli {

namespace {

constexpr const char* kRuleUsage = "usage: pvi segments define WS.pvi NAME --rule \"RULE\"\n"
                                   "       pvi segments list WS.pvi\n"
                                   "       pvi segments remove WS.pvi NAME\n";

int define(Workspace& workspace, QStringList args, Io& io) {
    if (args.size() != 3 || args[1] != u"--rule") {
        io.err << kRuleUsage;
        return 2;
    }
    const QString error = saveSegmentRule(workspace.db(), args[0], args[2]);
    if (!error.isEmpty()) {
        io.err << "pvi segments define: " << error << "\n";
        return 1;
    }
    io.out << "saved segment '" << args[0].trimmed() << "': " << args[2].trimmed() << "\n";
    return 0;
}

int listRules(Workspace& workspace, Io& io) {
    const std::vector<SavedSegmentRule> rules = loadSegmentRules(workspace.db());
    if (rules.empty())
        io.out << "no segment rules (define one with `pvi segments define`)\n";
    for (const SavedSegmentRule& rule : rules)
        io.out << rule.name << "\t" << rule.rule << "\n";
    return 0;
}

int removeRule(Workspace& workspace, const QStringList& args, Io& io) {
    if (args.size() != 1) {
        io.err << kRuleUsage;
        return 2;
    }
    if (!removeSegmentRule(workspace.db(), args[0])) {
        io.err << "pvi segments remove: no segment rule named '" << args[0] << "'\n";
        return 1;
    }
    io.out << "removed segment '" << args[0] << "'\n";
    return 0;
}

} // namespace

bool isSegmentRuleSubcommand(const QString& word) {
    return word == u"define" || word == u"list" || word == u"remove";
}

int runSegmentRuleCommand(QStringList args, Io& io) {
    const QString sub = args.takeFirst();
    if (args.isEmpty()) {
        io.err << kRuleUsage;
        return 2;
    }
    auto opened = Workspace::open(args.takeFirst(), Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        io.err << "pvi segments " << sub << ": " << opened.error << "\n";
        return 1;
    }
    try {
        if (sub == u"define")
            return define(*opened.workspace, args, io);
        if (sub == u"remove")
            return removeRule(*opened.workspace, args, io);
        if (!args.isEmpty()) {
            io.err << kRuleUsage;
            return 2;
        }
        return listRules(*opened.workspace, io);
    } catch (const DbError& e) {
        io.err << "pvi segments " << sub << ": " << e.what() << "\n";
        return 1;
    }
}

} // namespace pvi::cli
